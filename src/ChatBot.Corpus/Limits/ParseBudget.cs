namespace ChatBot.Corpus.Limits;

/// <summary>
/// The time one file may take to parse. The parsers call <see cref="Check"/> as they go (Markdig on every line and
/// inline delimiter, AngleSharp on every token), so a slow file stops at the limit on its own thread instead of
/// running on in the background after it was given up.
/// </summary>
internal sealed class ParseBudget(TimeProvider time, TimeSpan limit)
{
    private readonly DateTimeOffset deadline = time.GetUtcNow() + limit;

    /// <summary>A budget that never runs out (for callers outside a corpus load).</summary>
    public static ParseBudget Unlimited { get; } = new(TimeProvider.System, TimeSpan.FromDays(3650));

    public void Check()
    {
        if (time.GetUtcNow() > deadline)
        {
            throw new CorpusFormatException($"took longer than {limit.TotalSeconds:0.###} s to parse (ChatBot:Corpus:MaxParseTime)");
        }
    }
}
