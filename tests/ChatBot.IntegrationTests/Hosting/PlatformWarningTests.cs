using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Hosting;

public sealed class PlatformWarningTests
{
    private const string Warning = "Neither Discord nor Slack is configured";

    [Fact]
    public void WithNeitherPlatform_StartUpWarnsInOneLine()
    {
        using var factory = new ChatBotFactory();

        var warning = Assert.Single(StartUpLogs.Of(factory).Entries, e => e.Text.Contains(Warning, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.DoesNotContain('\n', warning.Text);
    }

    [Fact]
    public async Task WithSlackConfigured_ThereIsNoWarning()
    {
        var logs = new CapturingLoggerProvider();
        await using var slack = await FakeSlackServer.StartAsync();
        using var factory = new SlackTestFactory(slack, configure: s => s.AddSingleton<ILoggerProvider>(logs));

        _ = factory.Server;

        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains(Warning, StringComparison.Ordinal));
    }
}
