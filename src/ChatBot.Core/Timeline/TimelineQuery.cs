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

    /// <summary>
    /// The events in <paramref name="range"/> on <paramref name="topic"/>, in timeline order. Over a loaded timeline each
    /// event is made when it is read: a span of years at 120k passages finds ~20k events, and a page shows ten.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Find(CorpusIndex corpus, QueryPlan? topic, DateRange? range)
    {
        if (KnownConcepts(topic) is not { } concepts)
        {
            return [];
        }

        var total = TotalWeight(concepts);
        if (TimelineColumns.Of(corpus.Timeline) is { } columns)
        {
            return new TimelineRows(corpus.Timeline, [.. Rows(columns, concepts, total, range)]);
        }

        return corpus.Timeline.Where(e => (range is null || range.Contains(e.Date)) && (concepts.Count == 0 || Coverage(e.Terms, concepts, total) >= MinTopicCoverage)).ToList();
    }

    /// <summary>
    /// The events an answer's timeline shows, in timeline order: those its cited passages state, and those on its topic
    /// (as <see cref="Find"/> finds them). Over a loaded timeline the rows are told apart by their columns and only the
    /// events shown are made.
    /// </summary>
    public static List<TimelineEvent> ForAnswer(CorpusIndex corpus, IReadOnlySet<string> citedPassageIds, QueryPlan topic)
    {
        if (TimelineColumns.Of(corpus.Timeline) is not { } columns)
        {
            var onTopic = Find(corpus, topic, null).ToHashSet();
            return corpus.Timeline.Where(e => e.CitesAnyOf(citedPassageIds) || onTopic.Contains(e)).ToList();
        }

        var shown = new bool[columns.Count];
        if (KnownConcepts(topic) is { } concepts)
        {
            foreach (var row in Rows(columns, concepts, TotalWeight(concepts), null))
            {
                shown[row] = true;
            }
        }

        // Passage ids are unique in an index, so a row cites one of them exactly when its passage is one of theirs.
        var cited = new HashSet<int>();
        foreach (var id in citedPassageIds)
        {
            if (corpus.TryGetPassage(id, out var passage))
            {
                cited.Add(passage.Ordinal);
            }
        }

        var events = new List<TimelineEvent>();
        for (var row = 0; row < columns.Count; row++)
        {
            if (shown[row] || (columns.KeptAt(row) is { } kept ? kept.CitesAnyOf(citedPassageIds) : cited.Contains(columns.PassageAt(row))))
            {
                events.Add(columns[row]);
            }
        }

        return events;
    }

    /// <summary>The topic's known concepts (at most 64), none for no topic, or null when a topic names nothing the index knows.</summary>
    private static List<QueryConcept>? KnownConcepts(QueryPlan? topic)
    {
        var concepts = topic?.Concepts.Where(c => c.IsKnown).Take(64).ToList() ?? [];
        return topic is not null && topic.Concepts.Count > 0 && concepts.Count == 0 ? null : concepts;
    }

    /// <summary>The rows <see cref="Find"/> finds over a loaded timeline's columns, in order.</summary>
    private static List<int> Rows(TimelineColumns columns, List<QueryConcept> concepts, float total, DateRange? range)
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

        var rows = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if ((inRange is null || inRange[columns.DateNumber(i)]) && (concepts.Count == 0 || Coverage(columns.TermsAt(i), concepts, total) >= MinTopicCoverage))
            {
                rows.Add(i);
            }
        }

        return rows;
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
