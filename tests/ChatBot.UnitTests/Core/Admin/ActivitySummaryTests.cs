using ChatBot.Core.Admin;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Admin;

public sealed class ActivitySummaryTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void Of_CountsQuestionsPerDay_IncludingEmptyDays_AndAnsweredVersusDeclined()
    {
        AskedQuestion[] questions = [Asked(0, AnswerStatus.Answered), Asked(0, AnswerStatus.NotFound), Asked(2, AnswerStatus.Answered)];

        var summary = ActivitySummary.Of(questions, [], [], Today, days: 3);

        Assert.Equal([(Today.AddDays(-2), 1), (Today.AddDays(-1), 0), (Today, 2)], summary.PerDay.Select(d => (d.Day, d.Questions)));
        Assert.Equal((2, 1), (summary.Answered, summary.Declined));
    }

    [Fact]
    public void Of_GivesCacheHitRateAndPercentiles_FromTheTimings_AndCountsVotes()
    {
        var timings = Enumerable.Range(1, 20).Select(i => new AnswerTiming(i * 10, Cached: i <= 5)).ToList();
        Feedback[] votes = [Vote(1), Vote(1), Vote(-1)];

        var summary = ActivitySummary.Of([], votes, timings, Today, days: 1);

        Assert.Equal(0.25, summary.CacheHitRate);
        Assert.Equal((100, 190), (summary.MedianMs, summary.P95Ms));
        Assert.Equal((2, 1), (summary.ThumbsUp, summary.ThumbsDown));
    }

    [Fact]
    public void Of_HasNoRatesOrTimes_WithoutTimings()
    {
        var summary = ActivitySummary.Of([], [], [], Today, days: 1);

        Assert.Null(summary.CacheHitRate);
        Assert.Null(summary.MedianMs);
    }

    private static AskedQuestion Asked(int daysAgo, AnswerStatus status) =>
        new(ChatPlatform.Discord, null, "1", "q", status, new DateTimeOffset(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private static Feedback Vote(int vote) => new("a", "q", "a", ChatPlatform.Slack, "U1", vote, DateTimeOffset.UnixEpoch);
}
