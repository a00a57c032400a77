using System.Diagnostics;
using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;
using ChatBot.MachineLearning;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Our engine and Lucene.NET 4.8 (BM25, EnglishAnalyzer, one document per passage or paragraph, RAMDirectory) over the
/// same corpora and queries in one process: build time, snapshot load, retained memory, and per-query latency and
/// allocations, the two engines taking turns query by query so both see the same machine load; both warmed in turns until the runtime stops
/// compiling, then measured over <c>--passes</c> passes.
/// Run: <c>dotnet run -c Release -- side-by-side [--corpora bundled,squad,scifact,synthetic] [--synthetic-articles 10000] [--queries 2000] [--passes 2] [--ask-queries 500]</c>.
/// The builds here run ours first, on a cold runtime, and Lucene second, on one ours has warmed; <c>--build-only ours|lucene</c>
/// times one engine's build alone in a fresh process instead (<see cref="SideBySideBuildOnly"/>).
/// </summary>
internal static class SideBySideRunner
{
    private const int Top = 10;

    public static void Run(string[] args)
    {
        var options = SideBySideOptions.Parse(args);
        if (options.BuildOnly is { } engine)
        {
            SideBySideBuildOnly.Run(options, engine);
            return;
        }

        Console.WriteLine($"side-by-side: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Machine.LoadAverage()}");
        var rows = new List<string>();
        foreach (var corpus in SideBySideCorpora.Load(options.Corpora, options.SyntheticArticles, options.Queries))
        {
            rows.Add(Measure(corpus, options));
            Console.WriteLine(rows[^1]);
        }

        Console.WriteLine();
        Console.WriteLine("| corpus | passages / docs | queries | ours p50 / p95 / p99 | Lucene p50 / p95 / p99 | p50 ratio | ours plan / rank p50 | allocated per query ours / Lucene | uncached ask p50 | retained heap ours (snapshot loaded, with text; after Prepare) / Lucene (RAMDirectory, text stored) | build ours / Lucene | allocated by the build ours / Lucene | snapshot load |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine($"load average at the end: {Machine.LoadAverage()}; process working set {Environment.WorkingSet / (1 << 20)} MB");
    }

    private static string BuildCost(TimeSpan cpuBefore, int collectionsBefore) => string.Create(
        CultureInfo.InvariantCulture,
        $"CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F2} s, {GC.CollectionCount(0) - collectionsBefore} collections");

    private static string Measure(SideBySideCorpus corpus, SideBySideOptions options)
    {
        var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
        Console.WriteLine($"{corpus.Name}: {corpus.Articles.Articles.Count} articles, {corpus.Queries.Count} queries, load average {Machine.LoadAverage()}");

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (cpuBefore, collectionsBefore) = (Process.GetCurrentProcess().TotalProcessorTime, GC.CollectionCount(0));
        var watch = Stopwatch.StartNew();
        CorpusIndex? built = new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint);
        var buildOurs = watch.Elapsed;
        var buildAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var buildCostOurs = BuildCost(cpuBefore, collectionsBefore);

        var directory = Directory.CreateTempSubdirectory("chatbot-side-by-side-").FullName;
        new IndexSnapshotStore(directory).TrySave(built);
        var documents = LuceneBaseline.Documents(built, corpus.WholeArticles);
        built = null;
        var beforeLucene = Machine.Retained();
        watch.Restart();
        allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        (cpuBefore, collectionsBefore) = (Process.GetCurrentProcess().TotalProcessorTime, GC.CollectionCount(0));
        var lucene = new LuceneBaseline(documents);
        var buildLucene = watch.Elapsed;
        var buildAllocatedLucene = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // The process's CPU (all threads, the JIT's and the collector's too) holds better than wall time on a loaded machine.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  build: ours {buildOurs.TotalSeconds:F2} s ({buildCostOurs}) / Lucene {buildLucene.TotalSeconds:F2} s ({BuildCost(cpuBefore, collectionsBefore)}); {(System.Runtime.GCSettings.IsServerGC ? "Server" : "workstation")} GC"));
        var luceneMemory = Machine.Retained() - beforeLucene;

        var beforeLoad = Machine.Retained();
        watch.Restart();
        var index = new IndexSnapshotStore(directory).TryLoad(corpus.Articles.Fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        var load = watch.Elapsed;
        var oursMemory = Machine.Retained() - beforeLoad;

        var context = RetrievalContext.For(index);
        var kinds = corpus.Queries.Select(q => RuleBasedQuestionClassifier.Instance.Classify(q).Kind).ToArray();
        var (ours, theirs) = (new LatencyStats(), new LatencyStats());
        // Both engines warmed in turns until the runtime stops compiling: one pass of a small corpus's queries left both
        // half promoted in a fresh process (SciFact alone: p50 0.125 / 0.251 ms against 0.069 / 0.169 after other corpora).
        var warmed = JitWarmup.UntilQuiet(n =>
        {
            var q = n % corpus.Queries.Count;
            _ = context.Searcher.Search(context.Planner.Plan(corpus.Queries[q], kinds[q]), Top).Count;
            _ = lucene.SearchIds(corpus.Queries[q], Top);
        });
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        for (var pass = 0; pass < options.Passes; pass++)
        {
            for (var q = 0; q < corpus.Queries.Count; q++)
            {
                Time(ours, () => context.Searcher.Search(context.Planner.Plan(corpus.Queries[q], kinds[q]), Top).Count);
                Time(theirs, () => lucene.SearchIds(corpus.Queries[q], Top));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  search: both engines warmed by {warmed:N0} queries each; {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted:N0} methods compiled while measuring ({(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms)"));

        var (plan, rank) = Breakdown(context, corpus.Queries, kinds);
        var ask = Ask(index, corpus.Queries.Take(options.AskQueries).ToList(), corpus.Queries.Skip(options.AskQueries).ToList());
        lucene.Dispose();

        // serve decodes the timeline and builds the per-sentence tables right after a load (IndexWarmup), so the heap a
        // running bot holds is this one. Measured on a second load, so the questions run as before this column existed
        // and what they cached is not counted.
        var oursPrepared = PreparedHeap(directory, corpus.Articles.Fingerprint, analyzer);
        Directory.Delete(directory, recursive: true);
        Console.WriteLine($"  ours {ours.Summary()}; Lucene {theirs.Summary()}; plan p50 {plan.Percentile(50):F3} ms, rank p50 {rank.Percentile(50):F3} ms; ask {ask.Summary()}");
        return string.Create(CultureInfo.InvariantCulture,
            $"| {corpus.Name} | {index.Passages.Count:N0} / {documents.Count:N0} | {corpus.Queries.Count:N0} | {P(ours)} | {P(theirs)} | {ours.Percentile(50) / theirs.Percentile(50):F2}× | {plan.Percentile(50):F3} / {rank.Percentile(50):F3} ms | {ours.AllocatedPerQuery / 1024:F1} / {theirs.AllocatedPerQuery / 1024:F1} KB | {ask.Percentile(50):F3} ms | {oursMemory / (1 << 20):F1} ({oursPrepared / (1 << 20):F1}) / {luceneMemory / (1 << 20):F1} MB | {buildOurs.TotalSeconds:F2} / {buildLucene.TotalSeconds:F2} s | {buildAllocated / (1 << 20):N0} / {buildAllocatedLucene / (1 << 20):N0} MB | {load.TotalSeconds:F2} s |");
    }

    /// <summary>The heap a fresh load of the snapshot retains once <see cref="CorpusIndex.Prepare"/> has run.</summary>
    private static double PreparedHeap(string directory, string fingerprint, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var before = Machine.Retained();
        var index = new IndexSnapshotStore(directory).TryLoad(fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        index.Prepare();
        var retained = Machine.Retained() - before;
        GC.KeepAlive(index);
        return retained;
    }

    /// <summary>Where the time goes in our query: analysing and planning the query, then ranking the plan.</summary>
    private static (LatencyStats Plan, LatencyStats Rank) Breakdown(RetrievalContext context, IReadOnlyList<string> queries, QuestionKind[] kinds)
    {
        var (plan, rank) = (new LatencyStats(), new LatencyStats());
        var plans = new QueryPlan[queries.Count];
        for (var q = 0; q < queries.Count; q++)
        {
            Time(plan, () => (plans[q] = context.Planner.Plan(queries[q], kinds[q])).Concepts.Count);
        }

        var ranked = new long[queries.Count];
        for (var q = 0; q < queries.Count; q++)
        {
            var start = Stopwatch.GetTimestamp();
            Time(rank, () => context.Searcher.Search(plans[q], Top).Count);
            ranked[q] = Stopwatch.GetTimestamp() - start;
        }

        Slowest(context, plans, ranked);

        // Re-scoring only the top ten instead of the usual depth shows what the second stage costs.
        var shallow = new Searcher(context.Corpus, new SearchOptions { RescoreDepth = 0 });
        var first = new LatencyStats();
        for (var q = 0; q < queries.Count; q++)
        {
            Time(first, () => shallow.Search(plans[q], Top).Count);
        }

        Console.WriteLine($"  breakdown: plan {plan.Summary()}; rank {rank.Summary()}; rank re-scoring {Top} only {first.Summary()}");
        return (plan, rank);
    }

    /// <summary>The slowest plans to rank, with what they ask of the index: the tail is the queries, not the machine, when these repeat.</summary>
    private static void Slowest(RetrievalContext context, QueryPlan[] plans, long[] ticks)
    {
        var index = context.Corpus.Index;
        foreach (var q in Enumerable.Range(0, plans.Length).OrderByDescending(q => ticks[q]).Take(5))
        {
            var concepts = plans[q].Concepts.Take(64).ToList();
            var postings = concepts.Select(c => c.Alternatives.Sum(a => index.PostingPassages(a.TermId).Length)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  slow: {ticks[q] * 1000.0 / Stopwatch.Frequency:F3} ms, {concepts.Count} concepts, {concepts.Sum(c => c.Alternatives.Count)} terms, postings {string.Join('+', postings)}"));
        }
    }

    /// <summary>
    /// Uncached <c>ask</c> as the product runs it lexically: sanitise, classify with the trained model, rank, choose and
    /// cite. Warmed first with the corpus's other questions (not the measured ones, so nothing they leave behind is
    /// measured) until the runtime stops compiling: a running bot's answer path has long left the runtime's first,
    /// unoptimised tiers, and the fifty warm-up questions used before did not get it there — the search, warmed by a whole pass, was measured warm and
    /// the ask was not. The line after the percentiles says how many methods were still compiled while measuring.
    /// </summary>
    private static LatencyStats Ask(CorpusIndex index, List<string> questions, List<string> others)
    {
        var classifier = new CombinedQuestionClassifier(new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance);
        var holder = new CorpusIndexHolder(index);
        var service = new AnswerService(new AnswerEngine(classifier), holder, NullAnswerCache.Instance, TimeProvider.System);
        var stats = new LatencyStats();
        var warm = others.Count > 0 ? others : questions;
        var asked = JitWarmup.UntilQuiet(service, warm);

        Console.WriteLine($"  ask: warmed by {asked:N0} asks of {(others.Count > 0 ? "other" : "the measured")} questions");

        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        foreach (var question in questions)
        {
            Time(stats, () => service.AskAsync(question, new AskOptions(UseCache: false)).GetAwaiter().GetResult().Citations.Count);
        }

        Console.WriteLine($"  ask: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted:N0} methods compiled while measuring ({(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms)");
        return stats;
    }

    private static void Time(LatencyStats stats, Func<int> query)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        query();
        stats.Add(Stopwatch.GetTimestamp() - start);
        stats.AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
    }

    private static string P(LatencyStats stats) => string.Create(CultureInfo.InvariantCulture, $"{stats.Percentile(50):F3} / {stats.Percentile(95):F3} / {stats.Percentile(99):F3} ms");
}
