using ChatBot.Core.Admin;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Admin;

public sealed class TimelineSelectionTests
{
    [Fact]
    public void Of_WithoutAFilter_IsTheWholeTimeline()
    {
        var selection = TimelineSelection.Of(TestCorpus.Index, null, null, " ");

        Assert.Null(selection.Problem);
        Assert.Equal(TestCorpus.Index.Timeline, selection.Events);
    }

    [Fact]
    public void Of_AYearRange_KeepsOnlyEventsThatOverlapIt()
    {
        var year = TestCorpus.Index.Timeline.Select(e => e.Date.Start.Year).Order().First();

        var selection = TimelineSelection.Of(TestCorpus.Index, year, year, null);

        Assert.NotEmpty(selection.Events);
        Assert.True(selection.Events.Count < TestCorpus.Index.Timeline.Count);
        Assert.All(selection.Events, e => Assert.True(e.Date.Overlaps(year, year)));
    }

    [Fact]
    public void Of_FirstYearAfterLastYear_IsAOneLineProblem()
    {
        var selection = TimelineSelection.Of(TestCorpus.Index, 2010, 2000, null);

        Assert.Empty(selection.Events);
        Assert.Equal("The first year (2010) is after the last year (2000).", selection.Problem);
    }

    [Fact]
    public void Of_ATopicNamingSomethingTheCorpusNeverMentions_SaysSo_AndListsNothing()
    {
        var selection = TimelineSelection.Of(TestCorpus.Index, null, null, "Zanzibar");

        Assert.Empty(selection.Events);
        Assert.Contains("\"Zanzibar\"", selection.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AKnownTopic_NarrowsTheTimeline()
    {
        var selection = TimelineSelection.Of(TestCorpus.Index, null, null, "summit");

        Assert.Null(selection.Problem);
        Assert.NotEmpty(selection.Events);
        Assert.True(selection.Events.Count < TestCorpus.Index.Timeline.Count);
    }
}
