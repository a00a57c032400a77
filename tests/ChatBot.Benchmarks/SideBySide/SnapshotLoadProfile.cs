using System.Diagnostics;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Where a snapshot load spends its time and memory, on the synthetic corpus: the whole load, repeated, then the managed
/// heap it retains. The snapshot is kept in a folder between runs (rebuilt when the format or engine changed), so a
/// run after a change to loading costs seconds, not the minute a build takes.
/// Run: <c>dotnet run -c Release -- load-profile [--synthetic-articles 10000] [--passes 3] [--folder /tmp/chatbot-load-profile]</c>
/// </summary>
internal static class SnapshotLoadProfile
{
    public static void Run(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var articles = int.Parse(values.GetValueOrDefault("synthetic-articles", "10000"), System.Globalization.CultureInfo.InvariantCulture);
        var passes = int.Parse(values.GetValueOrDefault("passes", "3"), System.Globalization.CultureInfo.InvariantCulture);
        var folder = values.GetValueOrDefault("folder", Path.Combine(Path.GetTempPath(), "chatbot-load-profile"));
        var fingerprint = $"synthetic-{articles}";
        var store = new IndexSnapshotStore(folder);
        var analyzer = TestCorpus.Analyzer;
        Console.WriteLine($"load-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Machine.LoadAverage()}");
        if (store.TryLoad(fingerprint, analyzer) is null)
        {
            var watch = Stopwatch.StartNew();
            var built = new CorpusIndexBuilder(analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(articles), []), fingerprint);
            Console.WriteLine($"built {built.Passages.Count:N0} passages in {watch.Elapsed.TotalSeconds:F2} s; {store.TrySave(built) ?? "saved"}");
        }

        var file = Directory.EnumerateFiles(folder, "*.index").Single();
        Console.WriteLine($"snapshot {new FileInfo(file).Length / (1 << 20)} MB");
        for (var pass = 0; pass < passes; pass++)
        {
            var (load, cpu, retained, timeline, passages, events, allocated) = LoadOnce(store, fingerprint, analyzer);
            // The process's peak resident set so far: after pass 0 it is what the first load needed at its highest.
            var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (double)(1 << 20);
            Console.WriteLine($"pass {pass}: load {load.TotalSeconds:F3} s (CPU {cpu.TotalSeconds:F3} s), allocated {allocated / (1 << 20):F1} MB, retained {retained / (1 << 20):F1} MB, peak resident {peak:F1} MB, {passages:N0} passages; timeline of {events:N0} events decoded on first use in {timeline.TotalSeconds:F3} s; load average {Machine.LoadAverage()}");
        }
    }

    /// <summary>One load, with nothing of the previous one still reachable when the heap is measured.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (TimeSpan Load, TimeSpan Cpu, double Retained, TimeSpan Timeline, int Passages, int Events, double Allocated) LoadOnce(IndexSnapshotStore store, string fingerprint, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var before = Machine.Retained();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var index = store.TryLoad(fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        var load = watch.Elapsed;
        // All threads' CPU (the load reads sections in parallel): firmer than the wall time on a busy machine.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = Machine.Retained() - before;
        watch.Restart();
        var events = index.Timeline.Count(e => e.Sources.Count > 0);
        return (load, cpu, retained, watch.Elapsed, index.Passages.Count, events, allocated);
    }
}
