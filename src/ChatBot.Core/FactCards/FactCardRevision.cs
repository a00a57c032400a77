namespace ChatBot.Core.FactCards;

/// <summary>
/// One saved change of a card: who (actor and display name), when, what changed (one line per field), and the
/// card as it was after the change, so any earlier version can be read back.
/// </summary>
public sealed record FactCardRevision(string Slug, int Version, FactCardAction Action, string By, string? ByName, DateTimeOffset At, IReadOnlyList<string> Changes, FactCard Card);
