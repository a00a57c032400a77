using System.Diagnostics;
using System.Globalization;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// Ranking alone on the synthetic corpus, for comparing two builds of the first stage under a shared machine's load:
/// the plans are made once, then ranked in several passes; each plan keeps its fastest pass (the load only ever adds
/// time), and a digest of every hit's passage and score shows the two builds rank alike. The snapshot is kept in a
/// folder between runs, so a run costs seconds after the first.
/// Run: <c>dotnet run -c Release -- rank-profile [--synthetic-articles 10000] [--queries 2000] [--passes 5] [--folder /tmp/chatbot-rank-profile]</c>
/// </summary>
internal static class RankProfile
{
    private const int Top = 10;

    public static void Run(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var articles = int.Parse(values.GetValueOrDefault("synthetic-articles", "10000"), CultureInfo.InvariantCulture);
        var count = int.Parse(values.GetValueOrDefault("queries", "2000"), CultureInfo.InvariantCulture);
        var passes = int.Parse(values.GetValueOrDefault("passes", "5"), CultureInfo.InvariantCulture);
        var folder = values.GetValueOrDefault("folder", Path.Combine(Path.GetTempPath(), "chatbot-rank-profile"));
        var fingerprint = $"synthetic-{articles}";
        var store = new IndexSnapshotStore(folder);
        var analyzer = TestCorpus.Analyzer;
        Console.WriteLine($"rank-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {Machine.LoadAverage()}");
        var index = store.TryLoad(fingerprint, analyzer);
        if (index is null)
        {
            index = new CorpusIndexBuilder(analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(articles), []), fingerprint);
            store.TrySave(index);
        }

        var context = RetrievalContext.For(index);
        var queries = SyntheticCorpus.Queries(count).ToList();
        var plans = queries.Select(q => context.Planner.Plan(q, RuleBasedQuestionClassifier.Instance.Classify(q).Kind)).ToArray();
        // FNV-1a over every hit's passage number and score bits: the same in every process, unlike HashCode.
        var digest = 14695981039346656037UL;
        foreach (var plan in plans)
        {
            foreach (var hit in context.Searcher.Search(plan, Top))
            {
                digest = (digest ^ (uint)hit.Passage.Ordinal) * 1099511628211UL;
                digest = (digest ^ BitConverter.SingleToUInt32Bits(hit.Score)) * 1099511628211UL;
            }
        }

        var fastest = Enumerable.Repeat(long.MaxValue, plans.Length).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            var total = 0L;
            for (var q = 0; q < plans.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                context.Searcher.Search(plans[q], Top);
                var elapsed = Stopwatch.GetTimestamp() - start;
                total += elapsed;
                fastest[q] = Math.Min(fastest[q], elapsed);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass}: {Ms(total):F1} ms for {plans.Length} plans, load average {Machine.LoadAverage()}"));
        }

        var sorted = fastest.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fastest of {passes} per plan: sum {Ms(sorted.Sum()):F1} ms, p50 {Ms(sorted[sorted.Length / 2]):F4} ms, p95 {Ms(sorted[sorted.Length * 95 / 100]):F4} ms; digest {digest:X16}"));
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
