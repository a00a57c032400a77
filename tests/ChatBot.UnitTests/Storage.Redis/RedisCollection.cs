namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>
/// The tests against a private redis-server, run one class at a time after the parallel tests. The client gives up on
/// a command after one second (so the bot falls back quickly in an outage); on two cores, with the CPU-bound tests
/// running alongside, the client's reads sometimes waited that long for a pool thread and a SET "timed out" against a
/// healthy local server.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RedisCollection
{
    public const string Name = "redis-server";
}
