using System.Diagnostics;
using System.Globalization;
using ChatBot.Core.Indexing;
using ChatBot.Corpus;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// One engine's build alone in a fresh process (<c>side-by-side --corpora synthetic --build-only ours|lucene</c>), so
/// neither is measured on a runtime the other has warmed: in the whole comparison ours builds first, compiling the
/// collections and string code Lucene then finds ready. Lucene is handed our passages as documents, as in the whole
/// comparison; the ours run writes them to a file beside the benchmark (after its timing) and the lucene run reads
/// them from it before its timing starts, so run ours at least once first. Alternate the two, a fresh process each.
/// Unlike the whole comparison, ours is not preceded by a build of the bundled corpus (see <see cref="BundledAnalyzer"/>).
/// </summary>
internal static class SideBySideBuildOnly
{
    public static void Run(SideBySideOptions options, string engine)
    {
        Console.WriteLine($"side-by-side --build-only {engine}: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "Server" : "workstation")} GC, load average {Machine.LoadAverage()}");
        foreach (var corpus in SideBySideCorpora.Load(options.Corpora, options.SyntheticArticles, 0))
        {
            var documentsPath = Path.Combine(AppContext.BaseDirectory, $"side-by-side-documents-{corpus.Name}.bin");
            if (engine == "ours")
            {
                var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? BundledAnalyzer() : TestCorpus.Plain;
                var (built, cost) = Measure(() => new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint));
                Console.WriteLine($"  {corpus.Name}: ours alone {cost} ({built.Passages.Count:N0} passages); load average {Machine.LoadAverage()}");
                BuildDocuments.Write(documentsPath, corpus.Articles.Fingerprint, LuceneBaseline.Documents(built, corpus.WholeArticles));
            }
            else
            {
                var documents = BuildDocuments.Read(documentsPath, corpus.Articles.Fingerprint)
                    ?? throw new InvalidOperationException($"{documentsPath} is absent, damaged or of another corpus or build: run --build-only ours on {corpus.Name} first");
                var (lucene, cost) = Measure(() => new LuceneBaseline(documents));
                Console.WriteLine($"  {corpus.Name}: Lucene alone {cost} ({documents.Count:N0} documents); load average {Machine.LoadAverage()}");
                lucene.Dispose();
            }
        }
    }

    /// <summary>
    /// <see cref="TestCorpus.Analyzer"/> without building the bundled corpus: the whole comparison gets it from that
    /// build, which warms our build's code before it is timed.
    /// </summary>
    private static ChatBot.Core.Text.TextAnalyzer BundledAnalyzer() =>
        TestCorpus.Plain.With(new FileCorpusSource().LoadLexiconAsync(EvaluationSet.CorpusDirectory).GetAwaiter().GetResult().Groups);

    /// <summary>Wall time, the process's CPU (the JIT's and collector's threads too), allocation, collections and compiling.</summary>
    private static (T Result, string Cost) Measure<T>(Func<T> build)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = build();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (result, string.Create(CultureInfo.InvariantCulture,
            $"{seconds:F2} s (CPU {cpuSeconds:F2} s), {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1 << 20):N0} MB allocated, GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms, JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted:N0} methods {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms"));
    }
}
