using ChatBot.Core.Answers;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Admin;

/// <summary>
/// What the dashboard shows: questions per day (oldest day first, days without questions included), answered and
/// declined counts, votes, and — from the answers timed since the host started — cache hit rate and p50/p95 time.
/// </summary>
public sealed record ActivitySummary(
    IReadOnlyList<DayCount> PerDay,
    int Answered,
    int Declined,
    int ThumbsUp,
    int ThumbsDown,
    int TimedAnswers,
    double? CacheHitRate,
    double? MedianMs,
    double? P95Ms)
{
    public static ActivitySummary Of(IReadOnlyList<AskedQuestion> questions, IReadOnlyList<Feedback> votes, IReadOnlyList<AnswerTiming> timings, DateOnly today, int days)
    {
        var counts = questions.GroupBy(q => DateOnly.FromDateTime(q.At.UtcDateTime)).ToDictionary(g => g.Key, g => g.Count());
        var perDay = Enumerable.Range(0, days).Select(i => today.AddDays(i - days + 1)).Select(d => new DayCount(d, counts.GetValueOrDefault(d))).ToList();
        var sorted = timings.Select(t => t.ElapsedMs).Order().ToList();
        return new ActivitySummary(
            perDay,
            questions.Count(q => q.Status == AnswerStatus.Answered),
            questions.Count(q => q.Status == AnswerStatus.NotFound),
            votes.Count(v => v.Vote > 0),
            votes.Count(v => v.Vote < 0),
            timings.Count,
            timings.Count == 0 ? null : (double)timings.Count(t => t.Cached) / timings.Count,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95));
    }

    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
