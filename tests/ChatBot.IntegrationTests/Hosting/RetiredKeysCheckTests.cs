using ChatBot.Host.Hosting;
using ChatBot.UnitTests.Discord.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Hosting;

public sealed class RetiredKeysCheckTests
{
    private const string Warning = "is no longer read";

    [Fact]
    public void RetiredShutdownKeys_EachWarnInOneLine_NamingTheReplacement()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ChatBotFactory();
        foreach (var (key, _) in RetiredKeysCheck.Retired)
        {
            factory.Settings[key] = "00:00:30";
        }

        // The keys alone would make the platform sections exist; this host runs neither platform.
        factory.Settings["ChatBot:Discord:Enabled"] = "false";
        factory.Settings["ChatBot:Slack:Enabled"] = "false";

        using var started = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        _ = started.Server;

        var warnings = logs.Entries.Where(e => e.Text.Contains(Warning, StringComparison.Ordinal)).ToList();
        Assert.Equal(["ChatBot:Discord:ShutdownGracePeriod", "ChatBot:Slack:ShutdownTimeout"], warnings.Select(w => w.Text.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.All(warnings, w =>
        {
            Assert.Equal(LogLevel.Warning, w.Level);
            Assert.Contains("set ChatBot:ShutdownTimeout instead", w.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', w.Text);
        });
    }

    [Fact]
    public void WithoutRetiredKeys_ThereIsNoWarning()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ChatBotFactory();
        using var started = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        _ = started.Server;

        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains(Warning, StringComparison.Ordinal));
    }
}
