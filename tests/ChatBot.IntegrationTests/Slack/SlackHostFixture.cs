using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>One fake Slack and one host with a <see cref="FakeCommandDispatcher"/> and a fake clock, shared by a test class.</summary>
public sealed class SlackHostFixture : IAsyncLifetime
{
    public FakeCommandDispatcher Dispatcher { get; } = new();

    /// <summary>The host's clock: the inline-reply budget runs out only when a test moves it.</summary>
    public ObservedTimeProvider Time { get; } = new();

    public FakeSlackServer Slack { get; private set; } = null!;

    public SlackTestFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackServer.StartAsync();
        Host = new SlackTestFactory(Slack, Dispatcher, services => services.AddSingleton<TimeProvider>(Time));
        Host.Settings["ChatBot:Slack:InlineReplyBudget"] = "00:00:02.5";
        Host.Settings["ChatBot:Slack:AllowedChannelIds:0"] = "C1";
        Host.Settings["ChatBot:Slack:AllowedChannelIds:1"] = "C2";
        Host.Settings["ChatBot:Moderation:SlackUserIds:0"] = "UMOD";
        Host.Settings["ChatBot:Moderation:SlackGroupIds:0"] = "SMODS";
        Slack.GroupMembers["SMODS"] = ["UGROUPMOD"];
        _ = Host.Server;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
