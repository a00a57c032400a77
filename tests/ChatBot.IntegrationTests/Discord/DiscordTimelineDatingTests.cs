using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// /timeline through the real host with signed interactions over the bundled corpus: each event dated by what its
/// sentence says happened, and one sentence one event.
/// </summary>
public sealed class DiscordTimelineDatingTests : DiscordHostTest
{
    [Fact]
    public async Task Timeline_DatesWhatHappened_OneLinePerSentence()
    {
        var (_, shown) = await Host.ShownAsync(Client, Payloads.Command("timeline", Payloads.Option("from", 4, 1970), Payloads.Option("to", 4, 2002)));

        var description = (string)shown["embeds"]![0]!["description"]!;
        var events = description.Split('\n').Where(l => l.StartsWith("**", StringComparison.Ordinal)).ToList();
        Assert.Contains(events, e => e.StartsWith("**1978-07–1978-08** — Those living were", StringComparison.Ordinal));
        Assert.Single(events, e => e.Contains("Those living were", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("Koizumi had hoped", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains("Over two decades on", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("**2002-09-17** — This was until", StringComparison.Ordinal));
    }
}
