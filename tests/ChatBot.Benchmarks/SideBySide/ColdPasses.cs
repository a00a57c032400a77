using System.Diagnostics;
using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// <c>ask-profile --cold N</c>: the measured questions as the side-by-side's uncached ask meets them, N times over. Each
/// pass loads the snapshot again — a new index, so every per-index cache the ask fills on first reading a passage or
/// sentence starts empty, and the decoded-block cache (keyed by the packed text's id) holds nothing of it — asks the
/// corpus's other questions once, as the side-by-side's warm-up leaves the caches, then times each measured question
/// once (a first encounter, on code the warm-up already compiled), then once more on the same index (warm). The pair in
/// one pass, under one load, says what the first encounter costs; thread CPU says it apart from the machine's load.
/// </summary>
internal static class ColdPasses
{
    public static void Run(Func<CorpusIndex> load, AnswerEngine engine, List<string> questions, List<string> others, int passes)
    {
        if (passes <= 0)
        {
            return;
        }

        var (cold, warm) = (new Timings(), new Timings());
        var passP50 = new List<string>();
        CorpusIndex? index = null;
        for (var pass = 0; pass < passes; pass++)
        {
            index = load();
            var service = new AnswerService(engine, new CorpusIndexHolder(index), NullAnswerCache.Instance, TimeProvider.System);
            foreach (var question in others)
            {
                Ask(service, question);
            }

            var first = new LatencyStats();
            cold.Measure(service, questions, first);
            warm.Measure(service, questions, null);
            passP50.Add(first.Percentile(50).ToString("F3", CultureInfo.InvariantCulture));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  cold (reloaded, {others.Count:N0} other questions asked once, then each measured question once; {passes} passes, load average {Machine.LoadAverage()}): p50 {cold.Elapsed.Percentile(50):F3} ms (passes {string.Join(", ", passP50)}), thread CPU p50 {cold.Cpu.Percentile(50):F3} / mean {cold.MeanCpu:F4} ms, {cold.KbAnAsk:F1} KB an ask, {cold.Reads:F2} block reads / {cold.Decodes:F2} decoded an ask"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm (the same questions again on each reloaded index): p50 {warm.Elapsed.Percentile(50):F3} ms, thread CPU p50 {warm.Cpu.Percentile(50):F3} / mean {warm.MeanCpu:F4} ms, {warm.KbAnAsk:F1} KB an ask, {warm.Reads:F2} block reads / {warm.Decodes:F2} decoded an ask; first encounter costs {cold.MeanCpu - warm.MeanCpu:F4} ms of CPU an ask"));
        Console.WriteLine($"  per-index caches after the last pass: {Caches(index!)}");
        Ceiling(load());
    }

    /// <summary>
    /// The surface words of every passage and sentence, what a long-running bot's cache grows to, and what an array of
    /// its own for every sentence's words (as they were kept before sentences became runs of their passage's) would add.
    /// </summary>
    private static void Ceiling(CorpusIndex index)
    {
        var words = SurfaceTokens.For(index);
        var ownArrays = 0L;
        foreach (var passage in index.Passages)
        {
            words.Of(passage);
            ownArrays += Round8(24 + (8L * passage.Sentences.Count));
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                ownArrays += Round8(24 + (4L * words.Of(passage, s, index.ArticleOf(passage).Slice(passage.Sentences[s])).Length));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  with every passage and sentence read (a long-running bot's ceiling): {Caches(index)}; an array of its own for every sentence's words would add {ownArrays / 1024.0:N0} KB"));
        static long Round8(long bytes) => (bytes + 7) & ~7L;
    }

    /// <summary>The heap the lazily filled per-index caches hold (the index itself not counted).</summary>
    private static string Caches(CorpusIndex index)
    {
        var size = new ObjectGraphSize();
        size.Exclude(index);
        string Kb(object part) => (size.Measure(part) / 1024.0).ToString("N0", CultureInfo.InvariantCulture);
        return $"surface words {Kb(SurfaceTokens.For(index))} KB, sentence traits {Kb(SentenceTraits.For(index))} KB, paragraph openings {Kb(ParagraphOpenings.For(index))} KB";
    }

    private static void Ask(AnswerService service, string question) =>
        service.AskAsync(question, new AskOptions(UseCache: false)).GetAwaiter().GetResult();

    /// <summary>Elapsed and thread-CPU milliseconds of every ask, bytes allocated and blocks read, over all passes.</summary>
    private sealed class Timings
    {
        private long bytes;
        private long reads;
        private long decodes;
        private double cpuNanoseconds;

        public LatencyStats Elapsed { get; } = new();

        public LatencyStats Cpu { get; } = new();

        public double MeanCpu => cpuNanoseconds / 1e6 / Math.Max(1, Elapsed.Count);

        public double KbAnAsk => bytes / 1024.0 / Math.Max(1, Elapsed.Count);

        public double Reads => reads / (double)Math.Max(1, Elapsed.Count);

        public double Decodes => decodes / (double)Math.Max(1, Elapsed.Count);

        public void Measure(AnswerService service, List<string> questions, LatencyStats? pass)
        {
            var (readsBefore, decodesBefore) = DecodedBlocks.Counts();
            foreach (var question in questions)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ThreadClock.Nanoseconds();
                var start = Stopwatch.GetTimestamp();
                Ask(service, question);
                var elapsed = Stopwatch.GetTimestamp() - start;
                var used = ThreadClock.Nanoseconds() - cpu;
                bytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
                cpuNanoseconds += used;
                Elapsed.Add(elapsed);
                pass?.Add(elapsed);
                Cpu.Add((long)(used * Stopwatch.Frequency / 1e9));
            }

            var (readsAfter, decodesAfter) = DecodedBlocks.Counts();
            (reads, decodes) = (reads + readsAfter - readsBefore, decodes + decodesAfter - decodesBefore);
        }
    }
}
