using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Answers;

/// <summary>The year arrays find exactly the events a scan of the whole timeline finds, and the lead events are the sort's.</summary>
public sealed class TimelineYearsTests
{
    public static TheoryData<string> Corpora => ["bundled", "synthetic"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void In_FindsWhatTheWholeTimelineScanFinds_InTheSameOrder(string name)
    {
        var corpus = Of(name);
        var years = TimelineYears.For(corpus);
        var (first, last) = (corpus.Timeline.Min(e => e.Date.Start.Year), corpus.Timeline.Max(e => e.Date.LastYear));
        var ranges = new List<DateRange>();
        for (var year = first - 1; year <= last + 1; year++)
        {
            ranges.AddRange([new DateRange(year, year), new DateRange(year, year + 2), new DateRange(year, year, 7, 7), new DateRange(year, year + 1, 11, 2), new DateRange(year, year, 1, 12)]);
        }

        ranges.Add(new DateRange(first, last));
        Assert.Contains(ranges, r => TimelineQuery.Find(corpus, null, r).Count > 1);
        foreach (var range in ranges)
        {
            Assert.Equal(TimelineQuery.Find(corpus, null, range), years.In(range));
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Lead_IsTheBestCoveredEvents_AsSortingThemAllGave(string name)
    {
        var corpus = Of(name);
        var planner = new QueryPlanner(corpus.Index, corpus.Analyzer);
        var topics = SyntheticCorpus.Queries(200, seed: 3).Concat(EvaluationSet.Load("dev").Select(q => q.Question)).ToList();
        var years = corpus.Timeline.Select(e => e.Date.Start.Year).Distinct().Order().ToList();
        var compared = 0;
        for (var i = 0; i < topics.Count; i++)
        {
            var concepts = planner.Plan(topics[i], QuestionKind.Timeline).Concepts.Where(c => c.IsKnown).ToList();
            var events = TimelineQuery.Find(corpus, null, new DateRange(years[i % years.Count], years[i % years.Count]));
            foreach (var count in new[] { 1, 2, 5 })
            {
                var sorted = events
                    .Select((e, order) => (Event: e, Score: concepts.Count == 0 ? 0 : TimelineQuery.TopicCoverage(e, concepts), order))
                    .OrderByDescending(e => e.Score).ThenBy(e => e.order)
                    .Take(count).OrderBy(e => e.order).Select(e => e.Event).ToList();
                Assert.Equal(sorted, TimelineYears.Lead(events, concepts, count));
                compared += events.Count > count ? 1 : 0;
            }
        }

        Assert.True(compared > 100, $"only {compared} comparisons had more events than lead places");
    }

    private static CorpusIndex Of(string name) => name == "bundled" ? TestCorpus.Index : TestCorpus.Synthetic;
}
