using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;
using ChatBot.MachineLearning;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The warm uncached <c>ask</c> alone, for profiling it and for comparing two builds of the answer path under a shared
/// machine's load: warmed as <c>side-by-side</c> warms it (the corpus's other questions, in rounds, until the runtime
/// stops compiling), then the measured questions in several passes — each question keeps its fastest pass, since load
/// only ever adds time — with the bytes each phase allocates and a digest of every answer (two builds answering alike
/// print the same digest). Last, the asks run in a loop for <c>--seconds</c> so a sampling profiler can attach
/// (<c>perf record -g -p PID</c>, with DOTNET_PerfMapEnabled=1); the line before the loop names the process and thread.
/// Run: <c>dotnet run -c Release -- ask-profile [--corpora scifact] [--queries 2000] [--ask-queries 500] [--passes 5] [--seconds 0] [--asks 0] [--cold 0]</c> (<c>--cold</c>: see <see cref="ColdPasses"/>)
/// </summary>
internal static class AskProfile
{
    /// <summary>The last corpus's service and measured questions, for the counted window.</summary>
    private static AnswerService? lastService;
    private static List<string>? lastQuestions;

    public static void Run(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var corpora = values.GetValueOrDefault("corpora", "scifact").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var askQueries = Number("ask-queries", 500);
        Console.WriteLine($"ask-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {Machine.LoadAverage()}");
        foreach (var corpus in SideBySideCorpora.Load(corpora, Number("synthetic-articles", 10_000), Number("queries", 2_000)))
        {
            Profile(corpus, [.. corpus.Queries.Take(askQueries)], [.. corpus.Queries.Skip(askQueries)], Number("passes", 5), Number("seconds", 0), Number("cold", 0));
            Counted(Number("asks", 0));
        }
    }

    private static void Profile(SideBySideCorpus corpus, List<string> questions, List<string> others, int passes, int seconds, int cold)
    {
        var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
        var directory = Directory.CreateTempSubdirectory("chatbot-ask-profile-").FullName;
        new IndexSnapshotStore(directory).TrySave(new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint));
        CorpusIndex Load() => new IndexSnapshotStore(directory).TryLoad(corpus.Articles.Fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        var index = Load();

        var classifier = new CombinedQuestionClassifier(new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance);
        var engine = new AnswerEngine(classifier);
        var service = new AnswerService(engine, new CorpusIndexHolder(index), NullAnswerCache.Instance, TimeProvider.System);
        var warm = others.Count > 0 ? others : questions;
        var asked = JitWarmup.UntilQuiet(service, warm);

        Console.WriteLine($"{corpus.Name}: {index.Passages.Count:N0} passages, warmed by {asked:N0} asks, load average {Machine.LoadAverage()}");
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var fastest = Enumerable.Repeat(long.MaxValue, questions.Count).ToArray();
        var first = new LatencyStats();
        var allocated = 0L;
        var (reads, decodes) = ChatBot.Core.Corpus.DecodedBlocks.Counts();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var q = 0; q < questions.Count; q++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                Ask(service, questions[q]);
                var elapsed = Stopwatch.GetTimestamp() - start;
                fastest[q] = Math.Min(fastest[q], elapsed);
                if (pass == 0)
                {
                    first.Add(elapsed);
                    allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }
        }

        var counts = ChatBot.Core.Corpus.DecodedBlocks.Counts();
        var asks = (double)passes * questions.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  article text an ask: {(counts.Reads - reads) / asks:F2} block reads, {(counts.Decodes - decodes) / asks:F2} decoded ({100.0 * (1 - ((counts.Decodes - decodes) / (double)Math.Max(1, counts.Reads - reads))):F0}% from the cache)"));
        var best = new LatencyStats();
        Array.ForEach(fastest, best.Add);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ask first pass p50 {first.Percentile(50):F3} ms; fastest of {passes} p50 {best.Percentile(50):F3} / p95 {best.Percentile(95):F3} ms, mean {fastest.Average() * 1000.0 / Stopwatch.Frequency:F3} ms; {allocated / 1024.0 / questions.Count:F1} KB an ask; {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods compiled while measuring"));
        Console.WriteLine($"  answers digest {Digest(service, questions)}");
        Phases(engine, index, classifier, questions);
        ColdPasses.Run(Load, engine, questions, others, cold);
        Directory.Delete(directory, recursive: true);
        (lastService, lastQuestions) = (service, questions);

        if (seconds > 0)
        {
            Console.WriteLine($"  profile window: pid {Environment.ProcessId}, thread {Environment.CurrentManagedThreadId}, {seconds} s from {DateTime.UtcNow:HH:mm:ss.fff} UTC");
            using var allocations = new AllocationTicks();
            var until = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
            var loops = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                Ask(service, questions[loops++ % questions.Count]);
            }

            Console.WriteLine($"  profile window done: {loops:N0} asks");
            allocations.Print(loops);
        }
    }

    /// <summary>
    /// A fixed number of asks between two pauses, for a counter attached to this thread (<c>perf stat -e instructions:u
    /// -t PID</c>, started in the first pause and left to run until the process ends): instructions an ask, unlike
    /// time, do not grow with the machine's load, so two builds compare on a busy machine.
    /// </summary>
    private static void Counted(int asks)
    {
        if (asks <= 0 || lastService is null || lastQuestions is null)
        {
            return;
        }

        Console.WriteLine($"  counted window: pid {Environment.ProcessId}, {asks:N0} asks after a 3 s pause");
        Thread.Sleep(3000);
        var start = Stopwatch.GetTimestamp();
        var cpu = ThreadClock.Nanoseconds();
        for (var i = 0; i < asks; i++)
        {
            Ask(lastService, lastQuestions[i % lastQuestions.Count]);
        }

        var used = ThreadClock.Nanoseconds() - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  counted window done: {Stopwatch.GetElapsedTime(start).TotalMilliseconds / asks:F4} ms an ask elapsed, {used / 1e6 / asks:F4} ms of the thread's CPU"));
    }

    /// <summary>The bytes each phase of the answer path allocates, on average per question, through the engine's public steps.</summary>
    private static void Phases(AnswerEngine engine, CorpusIndex index, IQuestionClassifier classifier, List<string> questions)
    {
        var context = RetrievalContext.For(index);
        var totals = new long[5];
        foreach (var question in questions)
        {
            var clean = QuestionSanitizer.Sanitize(question).Question;
            var kind = QuestionKind.Description;
            totals[0] += Allocated(() => kind = classifier.Classify(clean).Kind);
            QueryPlan? plan = null;
            totals[1] += Allocated(() => plan = context.Planner.Plan(clean, kind));
            totals[2] += Allocated(() => context.Searcher.Search(plan!, 30));
            totals[3] += Allocated(() => engine.Examine(clean, index));
            totals[4] += Allocated(() => engine.Answer(clean, index));
        }

        string Kb(long bytes) => (bytes / 1024.0 / questions.Count).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine($"  allocated an ask (KB): classify {Kb(totals[0])}, plan {Kb(totals[1])}, search top 30 {Kb(totals[2])}, examine (all of these, rank, choose, assess) {Kb(totals[3])}, answer (examine + compose) {Kb(totals[4])}");
    }

    private static long Allocated(Action step)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        step();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static AnswerResult Ask(AnswerService service, string question) =>
        service.AskAsync(question, new AskOptions(UseCache: false)).GetAwaiter().GetResult();

    private static string Digest(AnswerService service, List<string> questions)
    {
        var text = new StringBuilder();
        foreach (var question in questions)
        {
            var answer = Ask(service, question);
            text.Append(answer.Status).Append('\u0001').Append(answer.Answer).Append('\u0001');
            foreach (var citation in answer.Citations)
            {
                text.Append(citation.PassageId).Append('\u0002').Append(citation.Quote).Append('\u0002');
            }

            foreach (var item in answer.Timeline)
            {
                text.Append(item.ToString()).Append('\u0003');
            }

            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
