namespace ChatBot.Core.Search;

/// <summary>
/// A first-stage candidate, ordered best first: higher score, then the earlier passage (the reverse of
/// <see cref="Searcher.WorstFirst"/>, for scores that are never NaN). Comparable to itself so that sorting a span of
/// them takes the runtime's generic path, which calls this comparison directly instead of through an interface.
/// </summary>
internal readonly record struct Candidate(float Score, int Passage) : IComparable<Candidate>
{
    public int CompareTo(Candidate other) =>
        Score > other.Score ? -1 : Score < other.Score ? 1 : Passage.CompareTo(other.Passage);
}
