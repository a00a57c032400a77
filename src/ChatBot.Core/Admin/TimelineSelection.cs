using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Admin;

/// <summary>
/// The timeline events the console shows for a year range and a topic, through the same topic rules as /timeline; or,
/// when the filter cannot be met, no events and the one-line reason.
/// </summary>
public sealed record TimelineSelection(IReadOnlyList<TimelineEvent> Events, string? Problem)
{
    public static TimelineSelection Of(CorpusIndex corpus, int? fromYear, int? toYear, string? about)
    {
        if (fromYear > toYear)
        {
            return new([], $"The first year ({fromYear}) is after the last year ({toYear}).");
        }

        var topic = string.IsNullOrWhiteSpace(about) ? null : TopicPlan.For(corpus, about.Trim(), QuestionKind.Timeline);
        if (topic is { Missing.Count: > 0 })
        {
            return new([], topic.NotCoveredReason(about!.Trim()));
        }

        var range = fromYear is null && toYear is null ? null : new DateRange(fromYear ?? 1, toYear ?? 9999);
        return new(TimelineQuery.Find(corpus, topic?.Plan, range), null);
    }
}
