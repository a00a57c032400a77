namespace ChatBot.Core.FactCards;

/// <summary>One card's line in an import report: its name, what happened, its version after, and why when rejected.</summary>
public sealed record FactCardImportLine(string Name, FactCardImportOutcome Outcome, int? Version = null, string? Reason = null);
