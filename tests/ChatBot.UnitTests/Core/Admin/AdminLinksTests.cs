using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Admin;

public sealed class AdminLinksTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Redeem_AcceptsALinkOnce_AndCallsTheSecondUseReused()
    {
        var links = Links();
        var token = Token(links.Issue(ChatPlatform.Slack, "U1")!);

        Assert.Equal(AdminLinkCheck.Valid, (await links.RedeemAsync(token)).Check);
        var again = await links.RedeemAsync(token);

        Assert.Equal(AdminLinkCheck.Reused, again.Check);
        Assert.Contains("already used", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeem_RefusesAnExpiredLink_WithoutUsingItsNonce()
    {
        var links = Links();
        var token = Token(links.Issue(ChatPlatform.Discord, "42")!);
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(AdminLinkCheck.Expired, (await links.RedeemAsync(token)).Check);
    }

    [Fact]
    public void Issue_PointsAtTheSignInPage_OfTheConfiguredOrGivenBaseUrl()
    {
        var links = Links();

        Assert.StartsWith("https://bot.example.org/admin/signin?token=", links.Issue(ChatPlatform.Cli, "alice"), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:5081/admin/signin?token=", links.Issue(ChatPlatform.Cli, "alice", "http://127.0.0.1:5081/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledConsole_MakesNoLinks_AndAcceptsNone()
    {
        var enabled = Links();
        var disabled = Links(enabled: false);

        Assert.Null(disabled.Issue(ChatPlatform.Discord, "1"));
        Assert.Equal(AdminLinkCheck.Malformed, (await disabled.RedeemAsync(Token(enabled.Issue(ChatPlatform.Discord, "1")!))).Check);
    }

    private AdminLinks Links(bool enabled = true) => new(
        Options.Create(new AdminConsoleOptions { ConsoleEnabled = enabled, SigningKey = "a-test-key-of-more-than-thirty-two-characters", BaseUrl = "https://bot.example.org" }),
        new InMemoryConsumedNonceStore(time),
        time);

    private static string Token(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
}
