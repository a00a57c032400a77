namespace ChatBot.Core.Text;

/// <summary>
/// An index term at a word position, with the folded word it came from. A lexicon phrase ("north korea") is an
/// extra token at the position of its first word, spanning all its words.
/// </summary>
public readonly record struct AnalyzedToken(string Term, string Surface, int Position, int Start, int Length, bool IsStopword, bool IsPhrase)
{
    public int End => Start + Length;
}
