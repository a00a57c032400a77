namespace ChatBot.Corpus.Limits;

/// <summary>The bounds one file is read under: how deep it may nest and how long it may take.</summary>
internal sealed record ReadLimits(int MaxNestingDepth, ParseBudget Budget)
{
    public static ReadLimits Unlimited { get; } = new(int.MaxValue, ParseBudget.Unlimited);

    /// <param name="how">How deep and where, e.g. "1,000 levels deep (list items) at line 12".</param>
    public CorpusFormatException TooDeep(string how) =>
        new($"nests {how}; the limit is {MaxNestingDepth:N0} (ChatBot:Corpus:MaxNestingDepth)");
}
