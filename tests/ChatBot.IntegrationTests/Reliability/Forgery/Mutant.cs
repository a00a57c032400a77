namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>A forged request and a one-line description of how it was made from the genuine one.</summary>
internal sealed record Mutant(int Case, string Description, WireRequest Request);
