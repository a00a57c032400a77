namespace ChatBot.Core.Generation;

/// <summary>Thresholds of <see cref="GroundednessChecker"/>; names, numbers and dates are never a matter of threshold.</summary>
public sealed record GroundednessOptions
{
    /// <summary>The least share of a sentence's content words its cited text must contain.</summary>
    public double MinOverlap { get; init; } = 0.6;

    /// <summary>The most content words a sentence may add that its cited text lacks.</summary>
    public int MaxUnsupportedTerms { get; init; } = 2;

    /// <summary>When a sentence cites several passages, the least share each must support on its own.</summary>
    public double MinShareEachCitation { get; init; } = 0.3;

    /// <summary>A quote (and the text a sentence is checked against) spans at most this many consecutive sentences.</summary>
    public int MaxQuoteSentences { get; init; } = 3;

    public static GroundednessOptions Default { get; } = new();
}
