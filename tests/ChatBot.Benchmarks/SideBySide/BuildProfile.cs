using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Where an index build spends its time and allocations, per phase (passages and postings, timeline, the whole build),
/// repeated so the first pass's JIT can be told apart; with a SHA-256 of the built index's snapshot file, so two builds
/// of the engine can be shown to build the same index on corpora far larger than the unit tests'.
/// Run: <c>dotnet run -c Release -- build-profile [--corpora scifact,synthetic] [--synthetic-articles 10000] [--passes 3] [--phases whole]</c>
/// </summary>
internal static class BuildProfile
{
    public static void Run(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var corpora = values.GetValueOrDefault("corpora", "scifact,synthetic").Split(',').ToHashSet(StringComparer.Ordinal);
        var articles = int.Parse(values.GetValueOrDefault("synthetic-articles", "10000"), CultureInfo.InvariantCulture);
        var passes = int.Parse(values.GetValueOrDefault("passes", "3"), CultureInfo.InvariantCulture);
        // "whole": only the whole build, so pass 0 is what a fresh process's first build costs (as side-by-side times it).
        var wholeOnly = values.GetValueOrDefault("phases", "all") == "whole";
        Console.WriteLine($"build-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {Machine.LoadAverage()}");
        foreach (var corpus in SideBySideCorpora.Load(corpora, articles, 0))
        {
            var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
            Console.WriteLine($"{corpus.Name}: {corpus.Articles.Articles.Count:N0} articles");
            for (var pass = 0; pass < passes; pass++)
            {
                using var ticks = values.ContainsKey("allocations") && pass == passes - 1 ? new AllocationTicks() : null;
                Console.WriteLine($"  pass {pass}: {(wholeOnly ? Whole(corpus.Articles, analyzer) : Phases(corpus.Articles, analyzer))}; load average {Machine.LoadAverage()}");
                ticks?.Print(1024);
            }

            Console.WriteLine($"  snapshot SHA-256 {Digest(corpus.Articles, analyzer)}");
        }
    }

    private static string Phases(CorpusLoadResult corpus, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var ((passages, index), indexCost) = Measure(() => new IndexBuilder(analyzer).Build(corpus.Articles));
        // The reference route from a built index (dating every sentence again); the whole build below times the shipped
        // route, which dates sentences while reading and finds the events beside the postings' layout.
        var (events, timelineCost) = Measure(() => new TimelineBuilder(index).Build(corpus.Articles, passages));
        (passages, index) = (null!, null!);
        var (built, wholeCost) = Measure(() => new CorpusIndexBuilder(analyzer).Build(corpus, corpus.Fingerprint));
        return $"passages+postings {indexCost}; timeline from the index ({events.Count:N0} events) {timelineCost}; whole build ({built.Passages.Count:N0} passages) {wholeCost}";
    }

    private static string Whole(CorpusLoadResult corpus, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var (built, wholeCost) = Measure(() => new CorpusIndexBuilder(analyzer).Build(corpus, corpus.Fingerprint));
        return $"whole build ({built.Passages.Count:N0} passages) {wholeCost}";
    }

    /// <summary>
    /// Wall time, the process's CPU time (all threads: firmer than wall time on a loaded machine, though other threads of
    /// this process, such as the JIT's, count too), bytes allocated, collections by generation with the time threads were
    /// paused for them, and the methods compiled with the JIT's time (a fresh process's first build is largely compiling).
    /// </summary>
    private static (T Result, string Cost) Measure<T>(Func<T> build)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = build();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1 << 20);
        var collections = $"GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms";
        var compiled = $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms";
        return (result, string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} s (CPU {cpuSeconds:F2} s) {megabytes:N0} MB, {collections}, {compiled}"));
    }

    private static string Digest(CorpusLoadResult corpus, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-build-profile-").FullName;
        try
        {
            new IndexSnapshotStore(folder).TrySave(new CorpusIndexBuilder(analyzer).Build(corpus, corpus.Fingerprint));
            // The snapshot names the engine build that wrote it (a different build of the same index must not load it):
            // those bytes are blanked, so the hash is of the index alone.
            var bytes = File.ReadAllBytes(Directory.EnumerateFiles(folder, "*.index").Single());
            var version = System.Text.Encoding.UTF8.GetBytes(ChatBot.Core.Text.EngineInfo.Version);
            var at = bytes.AsSpan().IndexOf(version);
            bytes.AsSpan(at, version.Length).Clear();
            return Convert.ToHexString(SHA256.HashData(bytes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
