using ChatBot.Core.Answers;

namespace ChatBot.Core.Checking;

/// <summary>
/// A message checked against the articles: its check-worthy sentences (none when it states nothing checkable), what
/// the articles hold for each, and the numbered citations their quotes refer to (shared across claims).
/// </summary>
public sealed record MessageCheck(IReadOnlyList<ClaimCheck> Claims, IReadOnlyList<Citation> Citations)
{
    public bool HasClaims => Claims.Count > 0;

    /// <summary>True when the articles hold something for at least one claim.</summary>
    public bool Addressed => Claims.Any(c => c.Outcome != ClaimOutcome.NotAddressed);
}
