using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Filters the corpus timeline by a date range and a topic. A topic matches an event when the event's sentence
/// holds at least half of the topic's weight (through the same aliases and spelling tolerance as search).
/// </summary>
public static class TimelineQuery
{
    public const float MinTopicCoverage = 0.5f;

    public static List<TimelineEvent> Find(CorpusIndex corpus, QueryPlan? topic, DateRange? range)
    {
        var concepts = topic?.Concepts.Where(c => c.IsKnown).Take(64).ToList() ?? [];
        if (topic is not null && topic.Concepts.Count > 0 && concepts.Count == 0)
        {
            return [];
        }

        return [.. corpus.Timeline.Where(e => (range is null || range.Contains(e.Date)) && (concepts.Count == 0 || TopicCoverage(e, concepts) >= MinTopicCoverage))];
    }

    /// <summary>Share of the concepts' weight the event's sentence holds.</summary>
    public static float TopicCoverage(TimelineEvent timelineEvent, IReadOnlyList<QueryConcept> concepts)
    {
        var total = concepts.Sum(c => c.Weight);
        var matched = concepts.Where(c => c.Alternatives.Any(a => Array.BinarySearch(timelineEvent.Terms, a.TermId) >= 0)).Sum(c => c.Weight);
        return total <= 0 ? 0 : matched / total;
    }
}
