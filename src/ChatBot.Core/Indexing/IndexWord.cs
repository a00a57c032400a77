namespace ChatBot.Core.Indexing;

/// <summary>
/// A folded word met while indexing, analysed once: its term as text (what lexicon phrases match; a stopword is its
/// own) and as a number (-1 for a stopword, which is not indexed), whether it counts as a surface word for spelling
/// tolerance, its number in the build's word table, and whether a lexicon phrase starts with it (most words need no
/// phrase look-up then).
/// </summary>
internal sealed record IndexWord(string Folded, string TermText, int Term, bool IsSurface, int Id, bool StartsPhrase)
{
    public bool IsStopword => Term < 0;
}
