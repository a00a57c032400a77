using System.Diagnostics;
using System.Globalization;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Timeline filters over a loaded, prepared snapshot: <see cref="TimelineQuery.Find"/> with a topic, with a topic and
/// years, and with years alone, for topics taken from the timeline's own sentences; and an answer's timeline (cited
/// passages or on its topic) by <see cref="TimelineQuery.ForAnswer"/> against the scan of every event it replaced. Prints the fastest of five passes,
/// the bytes allocated per filter and a checksum of what was found (the same before and after a change that must not
/// change results).
/// The scan of every event it replaced takes about a minute a call at 120k, so it runs only with <c>--old-scan</c>.
/// Run: <c>dotnet run -c Release -- timeline-profile [--corpora synthetic] [--synthetic-articles 10000] [--old-scan]</c>
/// </summary>
internal static class TimelineProfile
{
    private const int Topics = 150;
    private const int Passes = 5;

    public static void Run(string[] args)
    {
        var oldScan = args.Contains("--old-scan");
        var options = SideBySideOptions.Parse([.. args.Where(a => a != "--old-scan")]);
        Console.WriteLine($"timeline-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Machine.LoadAverage()}");
        foreach (var corpus in SideBySideCorpora.Load(options.Corpora, options.SyntheticArticles, 1))
        {
            Profile(corpus, oldScan);
        }
    }

    private static void Profile(SideBySideCorpus corpus, bool oldScan)
    {
        var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
        var directory = Directory.CreateTempSubdirectory("chatbot-timeline-profile-").FullName;
        var store = new IndexSnapshotStore(directory);
        store.TrySave(new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint));
        var index = store.TryLoad(corpus.Articles.Fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        Directory.Delete(directory, recursive: true);
        index.Prepare();

        var timeline = index.Timeline;
        var stride = Math.Max(1, timeline.Count / Topics);
        var queries = new List<(string Kind, Func<IReadOnlyList<ChatBot.Core.Timeline.TimelineEvent>> Run)>();
        for (var i = 0; i < timeline.Count && queries.Count < 5 * Topics; i += stride)
        {
            var words = timeline[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && w.All(char.IsLetter)).Take(3).ToList();
            var year = timeline[i].Date.Start.Year;
            var range = new DateRange(year - 2, year + 2);
            var plan = words.Count == 0 ? null : TopicPlan.For(index, string.Join(' ', words), QuestionKind.Timeline).Plan;
            queries.Add(("Find (topic)", () => TimelineQuery.Find(index, plan, null)));
            queries.Add(("Find (topic and years)", () => TimelineQuery.Find(index, plan, range)));
            queries.Add(("Find (years)", () => TimelineQuery.Find(index, null, range)));
            // What /timeline with years reads: how many were found and the first page.
            queries.Add(("Find (years), first page", () =>
            {
                var found = TimelineQuery.Find(index, null, range);
                return [.. Enumerable.Range(0, Math.Min(found.Count, TimelineReplies.PageSize)).Select(i => found[i])];
            }));
            if (plan is not null)
            {
                // An answer's timeline button: the events its citations state or on its topic, as the handler once did and now.
                HashSet<string> cited = [timeline[i].Sources[0].PassageId, timeline[(i + stride / 2) % timeline.Count].Sources[0].PassageId];
                // The old form searched the on-topic list for every event: ~1 s a call at 120k, so only a few of them.
                if (oldScan && queries.Count(q => q.Kind == "answer timeline, every event") < 4)
                {
                    queries.Add(("answer timeline, every event", () =>
                    {
                        var onTopic = TimelineQuery.Find(index, plan, null);
                        return [.. index.Timeline.Where(e => e.CitesAnyOf(cited) || onTopic.Contains(e))];
                    }));
                }

                queries.Add(("answer timeline, ForAnswer", () => TimelineQuery.ForAnswer(index, cited, plan)));
            }
        }

        foreach (var kind in queries.Select(q => q.Kind).Distinct())
        {
            var these = queries.Where(q => q.Kind == kind).ToList();
            var best = double.MaxValue;
            long allocated = 0;
            var checksum = 0UL;
            var found = 0L;
            for (var pass = 0; pass < Passes; pass++)
            {
                var (sum, count) = (14695981039346656037UL, 0L);
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                foreach (var (_, run) in these)
                {
                    foreach (var e in run())
                    {
                        sum = (sum ^ (ulong)e.CorpusOrder) * 1099511628211UL;
                        count++;
                    }
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds / these.Count);
                (allocated, checksum, found) = ((GC.GetAllocatedBytesForCurrentThread() - bytes) / these.Count, sum, count);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Name}: {timeline.Count:N0} events; {kind} x{these.Count}: {best:F3} ms each (fastest of {Passes}), {allocated / 1024.0:F1} KB allocated each, {found:N0} found, checksum {checksum:X16}"));
        }

        CorpusPage(corpus.Name, index);
    }

    /// <summary>The console's corpus page: every article with its passage count and the dates its events carry.</summary>
    private static void CorpusPage(string name, CorpusIndex index)
    {
        var best = double.MaxValue;
        long allocated = 0;
        var checksum = 0UL;
        for (var pass = 0; pass < Passes; pass++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var rows = CorpusOverview.Articles(index);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            var sum = 14695981039346656037UL;
            foreach (var row in rows)
            {
                foreach (var text in (string[])[row.Article.Id, row.Passages.ToString(CultureInfo.InvariantCulture), .. row.Dates])
                {
                    foreach (var c in text)
                    {
                        sum = (sum ^ c) * 1099511628211UL;
                    }

                    sum = (sum ^ 0xFFFF) * 1099511628211UL;
                }
            }

            checksum = sum;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: the console's corpus page: {best:F1} ms (fastest of {Passes}), {allocated / (1024.0 * 1024.0):F1} MB allocated, checksum {checksum:X16}"));
    }
}
