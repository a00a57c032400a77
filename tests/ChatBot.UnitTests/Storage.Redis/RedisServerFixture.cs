namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>One private redis-server per test class; tests keep apart by a key prefix of their own.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? server;

    public RedisServer Server => server ?? throw new InvalidOperationException("The Redis server has not started.");

    public async Task InitializeAsync() => server = await RedisServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
