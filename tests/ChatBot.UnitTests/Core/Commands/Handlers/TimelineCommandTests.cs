using ChatBot.Core.Commands;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineCommandTests : IDisposable
{
    private readonly StudyHarness harness = new();

    [Fact]
    public async Task Timeline_PagesForwardAndBack_WithEveryEventCited()
    {
        var first = await harness.CommandAsync(StudyHarness.DiscordMember, "timeline");
        var next = await harness.PressAsync(StudyHarness.DiscordMember, first.ButtonRows[0].Single(b => b.Label == "Next").ActionId);
        var back = await harness.PressAsync(StudyHarness.DiscordMember, next.ButtonRows[0].Single(b => b.Label == "Previous").ActionId);

        Assert.Contains("Page 1 of", first.Body, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", next.Body, StringComparison.Ordinal);
        Assert.True(next.ReplaceOriginal);
        Assert.Equal(first.Timeline, back.Timeline);
        Assert.All(first.Timeline.Concat(next.Timeline), e => Assert.InRange(e.Citation!.Value, 1, 8));
        Assert.All(next.Timeline, e => Assert.NotNull(next.Sources.Single(s => s.N == e.Citation)));
    }

    [Fact]
    public async Task Timeline_FiltersByYearsAndTopic()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "timeline", options: new() { ["from"] = "2002", ["to"] = "2004", ["about"] = "abductees" });

        Assert.NotEmpty(reply.Timeline);
        Assert.All(reply.Timeline, e => Assert.Matches("200[2-4]", e.Date));
        Assert.Contains("about \"abductees\"", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_ALongTopic_IsTheSameTopicOnEveryPage()
    {
        var topic = "the abductees families and their long campaign for answers from Pyongyang about the victims";
        var first = await harness.CommandAsync(StudyHarness.DiscordMember, "timeline", options: new() { ["about"] = topic });

        var pageAction = first.ButtonRows.SelectMany(r => r).Select(b => b.ActionId).FirstOrDefault();
        var again = pageAction is null ? first : await harness.PressAsync(StudyHarness.DiscordMember, pageAction.Replace(":2:", ":1:", StringComparison.Ordinal));

        Assert.Equal(first.Title, again.Title);
        Assert.Equal(first.Timeline, again.Timeline);
        Assert.DoesNotContain("victims", first.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_OnANameTheCorpusNeverMentions_ListsNothing()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "timeline", options: new() { ["about"] = "Koizumi Yokota" });

        Assert.Empty(reply.Timeline);
        Assert.Contains("never mention \"Yokota\"", reply.Body, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
