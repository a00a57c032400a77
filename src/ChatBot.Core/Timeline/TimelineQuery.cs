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

        var total = TotalWeight(concepts);
        if (TimelineColumns.Of(corpus.Timeline) is { } columns)
        {
            return Find(columns, concepts, total, range);
        }

        return corpus.Timeline.Where(e => (range is null || range.Contains(e.Date)) && (concepts.Count == 0 || Coverage(e.Terms, concepts, total) >= MinTopicCoverage)).ToList();
    }

    /// <summary>The same filter over a loaded timeline's columns: an event is made only for what is found.</summary>
    private static List<TimelineEvent> Find(TimelineColumns columns, List<QueryConcept> concepts, float total, DateRange? range)
    {
        // The range asked once per distinct date (its answer depends on the date alone).
        bool[]? inRange = null;
        if (range is not null)
        {
            inRange = new bool[columns.Dates.Count];
            for (var d = 0; d < inRange.Length; d++)
            {
                inRange[d] = range.Contains(columns.Dates[d]);
            }
        }

        // The rows first, then their events: the scan stays a tight loop over the columns.
        var rows = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if ((inRange is null || inRange[columns.DateNumber(i)]) && (concepts.Count == 0 || Coverage(columns.TermsAt(i), concepts, total) >= MinTopicCoverage))
            {
                rows.Add(i);
            }
        }

        var found = new List<TimelineEvent>(rows.Count);
        foreach (var row in rows)
        {
            found.Add(columns[row]);
        }

        return found;
    }

    /// <summary>Share of the concepts' weight the event's sentence holds.</summary>
    public static float TopicCoverage(TimelineEvent timelineEvent, IReadOnlyList<QueryConcept> concepts) =>
        Coverage(timelineEvent.Terms, concepts, TotalWeight(concepts));

    /// <summary>The concepts' weight summed as <c>Enumerable.Sum</c> sums floats (in a double, rounded once at the end).</summary>
    internal static float TotalWeight(IReadOnlyList<QueryConcept> concepts)
    {
        var sum = 0d;
        for (var c = 0; c < concepts.Count; c++)
        {
            sum += concepts[c].Weight;
        }

        return (float)sum;
    }

    /// <summary>
    /// <see cref="TopicCoverage"/> with the total summed once for every event: a scan of the timeline made several objects
    /// per event in the LINQ it was written in, while the sums stay exactly what they were.
    /// </summary>
    internal static float Coverage(EventTerms terms, IReadOnlyList<QueryConcept> concepts, float total)
    {
        var matched = 0d;
        for (var c = 0; c < concepts.Count; c++)
        {
            var alternatives = concepts[c].Alternatives;
            for (var a = 0; a < alternatives.Count; a++)
            {
                if (terms.Contains(alternatives[a].TermId))
                {
                    matched += concepts[c].Weight;
                    break;
                }
            }
        }

        return total <= 0 ? 0 : (float)matched / total;
    }
}
