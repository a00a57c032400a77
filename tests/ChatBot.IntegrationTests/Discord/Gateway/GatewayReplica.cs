using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord;
using ChatBot.Discord.Gateway;
using ChatBot.Storage.Redis.Coordination;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Gateway;

/// <summary>
/// One bot replica's gateway side, composed as the host composes it (Discord adapter plus Redis coordination), with a
/// fake clock of its own so a test decides when each replica renews or retries its leases.
/// </summary>
internal sealed class GatewayReplica : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private ServiceProvider services = null!;
    private Task run = Task.CompletedTask;

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <param name="redis">Null for a replica without Redis (Core's in-process leases).</param>
    public static GatewayReplica Start(FakeGateway gateway, string? redis, string keyPrefix, int shardCount)
    {
        var replica = new GatewayReplica();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["ChatBot:Redis:KeyPrefix"] = keyPrefix,
            ["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId,
            ["ChatBot:Discord:PublicKey"] = new string('a', 64),
            ["ChatBot:Discord:BotToken"] = DiscordTestHost.BotToken,
            ["ChatBot:Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["ChatBot:Discord:Gateway:Enabled"] = "true",
            ["ChatBot:Discord:Gateway:Url"] = gateway.Url.ToString(),
            ["ChatBot:Discord:Gateway:ReconnectDelay"] = "00:00:00",
            ["ChatBot:Discord:Gateway:ShardCount"] = shardCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(builder => builder.AddProvider(replica.Logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(replica.Clock);
        collection.AddSingleton<ICommandDispatcher>(DiscordTestHost.NewDispatcher());
        collection.AddSingleton<ReplyRunner>();
        collection.AddSingleton<IRequestGate>(sp => new RequestGate(null, replica.Clock, allowLists: sp.GetServices<ChannelAllowList>())); // Core's, not composed here
        collection.AddDiscordAdapter(configuration);
        collection.AddRedisCoordination(configuration);
        replica.services = collection.BuildServiceProvider();
        replica.run = replica.services.GetRequiredService<GatewayShards>().RunAsync(replica.stop.Token);
        return replica;
    }

    public int Count(string text) => Logs.Entries.Count(e => e.Text.Contains(text, StringComparison.Ordinal));

    public int NotHeldCount => Count("is held by another replica");

    public bool Holds(int shard, int count) => Count($"shard {shard}/{count}: lease taken") > Count($"shard {shard}/{count}: lease lost") + Count($"shard {shard}/{count}: lease could not be renewed");

    /// <summary>Advances this replica's clock once its lease timers exist, then waits for what it logs next to hold.</summary>
    public async Task AdvanceAsync(TimeSpan by, Func<bool> until)
    {
        Clock.Advance(by);
        await WaitUntilAsync(until);
    }

    public Task WaitUntilAsync(Func<bool> condition) => Logs.WaitUntilAsync(condition);

    /// <summary>Stops as a host stops: closes its connections and releases its leases.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(static _ => { }, TaskScheduler.Default);
            await services.DisposeAsync();
        }

        stop.Dispose();
    }
}
