namespace ChatBot.Core.Checking;

/// <summary>
/// How a message is checked. The shares are of the claim's content terms, weighted by rarity: a sentence is about the
/// same thing when it lacks none of the claim's names and holds <see cref="RelatedOwn"/> of them itself and
/// <see cref="RelatedWindow"/> with its neighbours; it says the same thing when it holds <see cref="SayingOwn"/> and
/// <see cref="SayingWindow"/> and differs on nothing.
/// </summary>
public sealed record ClaimCheckOptions
{
    public static ClaimCheckOptions Default { get; } = new();

    /// <summary>Check-worthy sentences taken from one message.</summary>
    public int MaxClaims { get; init; } = 3;

    /// <summary>Quotes shown per claim for each of "differ" and "say".</summary>
    public int MaxQuotes { get; init; } = 2;

    /// <summary>Ranked sentences compared per claim (from the ranking of the whole claim and of the claim without its dates and numbers).</summary>
    public int Candidates { get; init; } = 12;

    public int MinMatchedTerms { get; init; } = 2;

    /// <summary>A second differing sentence is shown only when its share is at most this far below the first's.</summary>
    public float DifferingSpread { get; init; } = 0.15f;

    public float RelatedOwn { get; init; } = 0.5f;

    public float RelatedWindow { get; init; } = 0.6f;

    public float SayingOwn { get; init; } = 0.6f;

    public float SayingWindow { get; init; } = 0.7f;

    /// <summary>The engine's first-ranked sentence for the claim is about the same thing from this share of its own.</summary>
    public float FirstRelatedOwn { get; init; } = 0.4f;

    /// <summary>… and says the same thing from this share.</summary>
    public float FirstSayingOwn { get; init; } = 0.5f;

    /// <summary>Quotes are whole sentences up to this many words (a difference must not be trimmed away).</summary>
    public int QuoteWords { get; init; } = 90;
}
