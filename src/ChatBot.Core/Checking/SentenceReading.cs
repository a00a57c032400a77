namespace ChatBot.Core.Checking;

/// <summary>
/// How a sentence of an article reads against a claim: the share of the claim's content terms it holds alone
/// (<see cref="Own"/>) and with its neighbours (<see cref="Window"/>), each term weighted by how rare it is in the
/// corpus (a claim about a hydrogen bomb is not matched by "North Korea" and "testing"), how many terms it holds, the claim's names it lacks,
/// the claim's dates and numbers it states too, and the concrete differences found.
/// </summary>
internal sealed record SentenceReading(float Own, float Window, int Matched, int MissingNames, int HeldFacts, IReadOnlyList<Difference> Differences);
