namespace ChatBot.Core.Corpus;

/// <summary>
/// The corpus's own lexicon as its file defines it: groups of words and names that stand for each other
/// ("north korea | dprk | pyongyang:0.6"), and anything wrong with the file. Empty when the corpus has none.
/// </summary>
public sealed record LexiconDefinition(IReadOnlyList<string> Groups, IReadOnlyList<RejectedFile> Problems)
{
    public static LexiconDefinition Empty { get; } = new([], []);
}
