namespace ChatBot.Core.FactCards;

/// <summary>One card to save: the card, the version it must replace (0: none yet) and its revision.</summary>
public sealed record FactCardWrite(FactCard Card, int ExpectedVersion, FactCardRevision Revision);
