using ChatBot.Ingest.Fetching;

namespace ChatBot.UnitTests.Ingest.Fetching;

public sealed class RobotsRulesTests
{
    private const string Agent = "AbductionIssueChatBot/1.0 (+corpus ingest)";

    [Fact]
    public void IsAllowed_FollowsTheGroupNamingTheBot_OverTheStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: AbductionIssueChatBot\nDisallow: /private/\n", Agent);

        Assert.True(rules.IsAllowed("/news/a"));
        Assert.False(rules.IsAllowed("/private/b"));
    }

    [Fact]
    public void IsAllowed_LongestMatchWins_AllowOnATie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /press/\nAllow: /press/public/\nDisallow: /*.pdf$\n", Agent);

        Assert.False(rules.IsAllowed("/press/internal.html"));
        Assert.True(rules.IsAllowed("/press/public/release.html"));
        Assert.False(rules.IsAllowed("/reports/2031.pdf"));
        Assert.True(rules.IsAllowed("/reports/2031.pdf.html"));
    }

    [Fact]
    public void IsAllowed_EmptyDisallowAllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", Agent).IsAllowed("/anything"));
}
