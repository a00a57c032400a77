using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineMergeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Merge_IsOnePassInCorpusOrder(int threads)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var candidates = Candidates(new Random(seed), count: 400);

            var expected = OnePass(candidates);
            var merged = TimelineMerge.Merge(candidates, threads);

            Assert.True(expected.Count(e => e.Sources.Count > 1) > 10, $"seed {seed}: too few merges to tell");
            Assert.Equal(expected.Select(Describe), merged.Select(Describe));
        }
    }

    /// <summary>Terms 64 apart all fall on one bit: the merge's bounds must allow for the terms the bits hide.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Merge_IsOnePassInCorpusOrder_WhenTermsShareBits(int threads)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var candidates = Candidates(new Random(seed), count: 400, step: 64);

            var expected = OnePass(candidates);

            Assert.True(expected.Count(e => e.Sources.Count > 1) > 10, $"seed {seed}: too few merges to tell");
            Assert.Equal(expected.Select(Describe), TimelineMerge.Merge(candidates, threads).Select(Describe));
        }
    }

    [Fact]
    public void SameEvent_IsTrueFromHalfTheTermsShared()
    {
        Assert.True(TimelineMerge.SameEvent([1, 2], [1, 2, 3, 4]));
        Assert.True(TimelineMerge.SameEvent([1, 2, 3, 4], [1, 2]));
        Assert.False(TimelineMerge.SameEvent([1, 2], [1, 2, 3, 4, 5]));
        Assert.False(TimelineMerge.SameEvent([1, 2, 5], [1, 2, 3, 4]));
        Assert.False(TimelineMerge.SameEvent([], []));
    }

    /// <summary>Terms 64 apart fall on the same bit, so the pairs test the bound where bits hide shared terms.</summary>
    [Theory]
    [InlineData(12, 1)]
    [InlineData(200, 1)]
    [InlineData(4, 64)]
    [InlineData(40, 64)]
    public void SameEvent_IsAnOverlapOfAtLeastHalf(int range, int step)
    {
        var random = new Random(range * step);
        var agreed = 0;
        for (var pair = 0; pair < 20_000; pair++)
        {
            var a = Terms(random, range, step);
            var b = random.Next(2) == 0 ? a.Where(_ => random.Next(5) > 0).Concat(Terms(random, range, step)).Distinct().Order().ToArray() : Terms(random, range, step);

            var same = TimelineMerge.Overlap(a, b) >= 0.5;

            Assert.Equal(same, TimelineMerge.SameEvent(a, b));
            agreed += same ? 1 : 0;
        }

        Assert.True(agreed > 500, $"only {agreed} pairs overlap by half");
    }

    private static int[] Terms(Random random, int range, int step) =>
        [.. Enumerable.Range(0, range).Where(_ => random.Next(range) < 12).Select(t => t * step)];

    [Fact]
    public void Merge_GivesTheEventsOfOneDateOneDateRecord()
    {
        // Each candidate with a date record of its own, as the builder makes them.
        var candidates = Candidates(new Random(7), count: 200).Select(c => c with { Date = c.Date with { } }).ToList();

        var merged = TimelineMerge.Merge(candidates);

        Assert.Equal(OnePass(candidates).Select(Describe), merged.Select(Describe));
        Assert.Equal(6, merged.Select(e => e.Date).Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    /// <summary>Few dates, articles and terms, so that candidates often join, and often may not (same article).</summary>
    private static List<TimelineEvent> Candidates(Random random, int count, int step = 1)
    {
        var dates = Enumerable.Range(0, 6).Select(d => new EventDate(new PartialDate(2000 + (d % 3), d < 3 ? 0 : 5))).ToArray();
        var candidates = new List<TimelineEvent>();
        for (var c = 0; c < count; c++)
        {
            var article = $"a{random.Next(5)}";
            int[] terms = [.. Enumerable.Range(0, 10).Where(_ => random.Next(3) == 0).Select(t => t * step)];
            var source = new TimelineSource(article, $"{article}#p{c}", c, 10, $"sentence {c}");
            candidates.Add(new TimelineEvent(dates[random.Next(dates.Length)], source.Quote, [source], terms, 0));
        }

        return candidates;
    }

    /// <summary>The merge as one pass in corpus order: each candidate against the events of its date met so far.</summary>
    private static List<TimelineEvent> OnePass(List<TimelineEvent> candidates)
    {
        var events = new List<TimelineEvent>();
        foreach (var candidate in candidates)
        {
            var same = events.FindIndex(e => e.Date == candidate.Date
                && e.Sources.All(s => s.ArticleId != candidate.Sources[0].ArticleId)
                && TimelineMerge.Overlap(e.Terms, candidate.Terms) >= 0.5);
            if (same < 0)
            {
                events.Add(candidate with { CorpusOrder = events.Count });
            }
            else
            {
                events[same] = events[same] with { Sources = [.. events[same].Sources, .. candidate.Sources] };
            }
        }

        return events;
    }

    private static string Describe(TimelineEvent e) =>
        $"{e.Date} {e.CorpusOrder} {e.Text} [{string.Join("; ", e.Sources)}] [{string.Join(",", e.Terms)}]";
}
