using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Gateway;

/// <summary>The gateway client wired as in the host, against a scripted loopback gateway, a loopback REST API and a fake clock.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string BotUserId = "900000000000000001";
    public const int HeartbeatMs = 41250;

    private readonly CancellationTokenSource stop = new();
    private ServiceProvider services = null!;

    public FakeGateway Gateway { get; private set; } = null!;

    public FakeDiscordApi Api { get; private set; } = null!;

    public FakeCommandDispatcher Dispatcher { get; } = DiscordTestHost.NewDispatcher();

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public GatewayClient Client { get; private set; } = null!;

    public Task Run { get; private set; } = Task.CompletedTask;

    public static async Task<GatewayHarness> StartAsync(double jitter = 1.0, params string[] allowedChannels)
    {
        var harness = new GatewayHarness { Gateway = await FakeGateway.StartAsync(), Api = await FakeDiscordApi.StartAsync() };
        var settings = new Dictionary<string, string?>
        {
            ["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId,
            ["ChatBot:Discord:PublicKey"] = new string('a', 64),
            ["ChatBot:Discord:BotToken"] = DiscordTestHost.BotToken,
            ["ChatBot:Discord:ApiBaseUrl"] = harness.Api.BaseUrl.ToString(),
            ["ChatBot:Discord:Gateway:Enabled"] = "true",
            ["ChatBot:Discord:Gateway:Url"] = harness.Gateway.Url.ToString(),
            ["ChatBot:Discord:Gateway:ReconnectDelay"] = "00:00:00",
        };
        for (var i = 0; i < allowedChannels.Length; i++)
        {
            settings[$"ChatBot:Discord:AllowedChannelIds:{i}"] = allowedChannels[i];
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(builder => builder.AddProvider(harness.Logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(harness.Clock);
        collection.AddSingleton<IGatewayJitter>(new FixedJitter(jitter));
        collection.AddSingleton<ICommandDispatcher>(harness.Dispatcher);
        collection.AddSingleton<ReplyRunner>(); // Core's (AddChatBotCore), which the harness does not compose
        collection.AddSingleton<IRequestGate>(sp => new RequestGate(null, harness.Clock, allowLists: sp.GetServices<ChannelAllowList>())); // Core's too
        collection.AddDiscordAdapter(configuration);
        harness.services = collection.BuildServiceProvider();
        harness.Client = harness.services.GetRequiredService<GatewayClientFactory>().Create(GatewayShard.Single);
        harness.Run = harness.Client.RunAsync(harness.stop.Token);
        return harness;
    }

    /// <summary>Accepts the next connection, says Hello and expects Identify.</summary>
    public async Task<(GatewayPeer Peer, JsonObject Identify)> IdentifiedAsync()
    {
        var peer = await Gateway.NextConnectionAsync();
        await peer.SendHelloAsync(HeartbeatMs);
        return (peer, await peer.ReceiveOpAsync(2));
    }

    /// <summary>A connection that has identified and received READY.</summary>
    public async Task<GatewayPeer> ReadyAsync()
    {
        var (peer, _) = await IdentifiedAsync();
        await peer.SendReadyAsync(BotUserId, Gateway.ResumeUrl);
        await WaitUntilAsync(() => Client.State == GatewayState.Ready);
        return peer;
    }

    public Task WaitUntilAsync(Func<bool> condition) => Logs.WaitUntilAsync(condition);

    /// <summary>Shuts the client down as the host does (its token cancelled) and waits until it has stopped.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(15));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(static _ => { }, TaskScheduler.Default);

        // Let replies finish first: disposing the REST pipeline waits for requests in flight on the fake clock, which never moves.
        await services.GetRequiredService<ReplyRunner>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await services.DisposeAsync();
        await Gateway.DisposeAsync();
        await Api.DisposeAsync();
        stop.Dispose();
    }

    private sealed class FixedJitter(double value) : IGatewayJitter
    {
        public double Next() => value;
    }
}
