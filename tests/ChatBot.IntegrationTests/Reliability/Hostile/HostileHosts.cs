using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// One real Discord host and one real Slack host with the real command layer, shared by the hostile-text
/// properties. Rate limits are off so every generated question reaches the answer engine.
/// </summary>
public sealed class HostileHosts : IAsyncLifetime
{
    private int counter;

    internal DiscordHost Discord { get; private set; } = null!;

    internal HttpClient DiscordClient { get; private set; } = null!;

    public FakeSlackServer SlackApi { get; private set; } = null!;

    public SlackTestFactory Slack { get; private set; } = null!;

    /// <summary>A fresh id for hooks, events and message timestamps.</summary>
    public int Next() => Interlocked.Increment(ref counter);

    public async Task InitializeAsync()
    {
        Discord = await DiscordHost.StartAsync();
        Configure(Discord.Factory);
        DiscordClient = Discord.Factory.CreateClient();
        SlackApi = await FakeSlackServer.StartAsync();
        Slack = new SlackTestFactory(SlackApi);
        Configure(Slack);
        _ = Slack.Server;
    }

    public async Task DisposeAsync()
    {
        DiscordClient.Dispose();
        await Discord.DisposeAsync();
        await Slack.Work.WhenIdleAsync();
        await Slack.DisposeAsync();
        await SlackApi.DisposeAsync();
    }

    private static void Configure(ChatBotFactory factory)
    {
        factory.Settings["ChatBot:RateLimits:Enabled"] = "false";
        factory.Settings["Logging:LogLevel:Default"] = "Error";
    }
}
