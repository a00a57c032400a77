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
            var (load, retained, timeline, passages, events) = LoadOnce(store, fingerprint, analyzer);
            Console.WriteLine($"pass {pass}: load {load.TotalSeconds:F3} s, retained {retained / (1 << 20):F1} MB, {passages:N0} passages; timeline of {events:N0} events decoded on first use in {timeline.TotalSeconds:F3} s; load average {Machine.LoadAverage()}");
        }
    }

    /// <summary>One load, with nothing of the previous one still reachable when the heap is measured.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (TimeSpan Load, double Retained, TimeSpan Timeline, int Passages, int Events) LoadOnce(IndexSnapshotStore store, string fingerprint, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var before = Machine.Retained();
        var watch = Stopwatch.StartNew();
        var index = store.TryLoad(fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        var load = watch.Elapsed;
        var retained = Machine.Retained() - before;
        watch.Restart();
        var events = index.Timeline.Count(e => e.Sources.Count > 0);
        return (load, retained, watch.Elapsed, index.Passages.Count, events);
    }
}
