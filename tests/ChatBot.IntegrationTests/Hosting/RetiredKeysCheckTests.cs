using ChatBot.Host.Hosting;

using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Hosting;

public sealed class RetiredKeysCheckTests
{
    private const string Warning = "is no longer read";

    [Fact]
    public void RetiredShutdownKeys_EachWarnInOneLine_NamingTheReplacement()
    {
        using var factory = new ChatBotFactory();
        foreach (var (key, _) in RetiredKeysCheck.Retired)
        {
            factory.Settings[key] = "00:00:30";
        }

        // The keys alone would make the platform sections exist; this host runs neither platform.
        factory.Settings["ChatBot:Discord:Enabled"] = "false";
        factory.Settings["ChatBot:Slack:Enabled"] = "false";

        var warnings = StartUpLogs.Of(factory).Entries.Where(e => e.Text.Contains(Warning, StringComparison.Ordinal)).ToList();

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
        using var factory = new ChatBotFactory();

        Assert.DoesNotContain(StartUpLogs.Of(factory).Entries, e => e.Text.Contains(Warning, StringComparison.Ordinal));
    }
}
