namespace ChatBot.Core.Checking;

/// <summary>One check-worthy sentence of a message and what the articles hold for it.</summary>
public sealed record ClaimCheck(string Claim, ClaimOutcome Outcome, IReadOnlyList<CheckedQuote> Differing, IReadOnlyList<CheckedQuote> Saying);
