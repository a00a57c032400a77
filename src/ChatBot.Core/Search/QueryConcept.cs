namespace ChatBot.Core.Search;

/// <summary>
/// One thing the query asks about: a word or lexicon phrase with the index terms that can match it.
/// <see cref="Weight"/> is its specificity (best alternative's idf), used for ranking and for judging how much
/// of a question some evidence covers.
/// </summary>
public sealed record QueryConcept(string Text, int Position, IReadOnlyList<TermAlternative> Alternatives, float Weight, ConceptSource Source)
{
    public bool IsKnown => Source != ConceptSource.Unknown;

    /// <summary>Typed as a name (capitalised) or a number in the question.</summary>
    public bool IsName { get; init; }
}
