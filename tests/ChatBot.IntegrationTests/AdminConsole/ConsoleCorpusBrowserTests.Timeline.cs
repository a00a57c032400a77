using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>The timeline page: the SVG, the year filter, and flagging a wrongly dated event.</summary>
public sealed partial class ConsoleCorpusBrowserTests
{
    [Fact]
    public Task TheTimelinePage_DrawsTheEvents_TheYearFilterNarrowsThem_AndAFlagIsLogged() => Host.RunAsync(nameof(TheTimelinePage_DrawsTheEvents_TheYearFilterNarrowsThem_AndAFlagIsLogged), async () =>
    {
        SignIn();
        Host.Open("/admin/timeline");
        var all = Host.Browser.FindElements(By.CssSelector("#events > li")).Count;
        Assert.True(all > 1);
        Assert.Equal(all, Host.Browser.FindElements(By.CssSelector("svg#timeline-chart circle.event")).Count);
        Assert.NotEmpty(Host.Browser.FindElements(By.CssSelector("svg#timeline-chart text.year")));

        var year = Corpus.Timeline.Select(e => e.Date.Start.Year).Min();
        var expected = TimelineSelection.Of(Corpus, year, year, null).Events;
        Type("From", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Type("To", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Host.Submit(By.Id("filter"));
        var shown = Host.Browser.FindElements(By.CssSelector("#events > li"));
        Assert.InRange(shown.Count, 1, all - 1);
        Assert.Equal(expected.Count, shown.Count);
        Assert.Equal(expected.Count, Host.Browser.FindElements(By.CssSelector("svg#timeline-chart circle.event")).Count);
        Assert.Contains(expected[0].Sources[0].Quote, shown[0].Text, StringComparison.Ordinal);

        shown[0].FindElement(By.TagName("summary")).Click();
        shown[0].FindElement(By.Name("note")).SendKeys("The article means the year after.");
        Host.Submit(By.CssSelector("#events > li button.flag"));
        Assert.NotEmpty(Host.Browser.FindElements(By.Id("flag-message")));
        Assert.Contains("Note: The article means the year after.", Host.Text("flagged"), StringComparison.Ordinal);
        Assert.Contains(expected[0].Date.Label, Host.Text("flagged"), StringComparison.Ordinal);
        Assert.Equal(expected.Count, Host.Browser.FindElements(By.CssSelector("#events > li")).Count);

        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(100);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: "console timeline flag" } && e.Target == TimelineEventKey.Of(expected[0]) && e.Outcome == "flagged as wrongly dated: The article means the year after.");
    });
}
