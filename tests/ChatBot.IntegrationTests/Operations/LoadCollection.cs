namespace ChatBot.IntegrationTests.Operations;

/// <summary>The load test runs with nothing else in parallel: it measures latency against a real deadline.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
