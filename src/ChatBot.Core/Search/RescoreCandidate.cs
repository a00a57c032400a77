namespace ChatBot.Core.Search;

/// <summary>
/// A candidate waiting to be re-scored, ordered highest bound first, then the earlier passage. Comparable to itself so
/// that sorting a span of them calls this comparison directly instead of through an interface.
/// </summary>
internal readonly record struct RescoreCandidate(double Bound, int Passage, float FirstStage) : IComparable<RescoreCandidate>
{
    public int CompareTo(RescoreCandidate other) =>
        Bound != other.Bound ? other.Bound.CompareTo(Bound) : Passage.CompareTo(other.Passage);
}
