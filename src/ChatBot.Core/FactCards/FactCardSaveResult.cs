namespace ChatBot.Core.FactCards;

/// <summary>What a store did with a save; <see cref="Current"/> is the stored card after it (or the one in the way).</summary>
public sealed record FactCardSaveResult(FactCardSaveOutcome Outcome, FactCard? Current);
