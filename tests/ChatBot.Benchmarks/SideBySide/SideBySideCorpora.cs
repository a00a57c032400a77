using System.IO.Compression;
using System.Text.Json;
using ChatBot.Core.Corpus;
using ChatBot.Evaluation;
using ChatBot.MachineLearning.QuestionAnswering;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The corpora of the side-by-side benchmark: the bundled one, SQuAD v1.1 dev paragraphs and SciFact abstracts from
/// the shared data folder (skipped with a line when absent), and a generated one of 100,000+ passages.
/// </summary>
internal static class SideBySideCorpora
{
    public static string SharedData { get; } = Path.GetFullPath(Path.Combine(EvaluationSet.RepositoryPath(), "..", "shared", "data", "qa-tune"));

    public static IEnumerable<SideBySideCorpus> Load(IReadOnlySet<string> wanted, int syntheticArticles, int maxQueries)
    {
        if (wanted.Contains("bundled"))
        {
            yield return new SideBySideCorpus("bundled", new CorpusLoadResult(TestCorpus.Index.Articles, []) { Fingerprint = "bundled" }, false, [.. EvaluationSet.Load("dev").Select(q => q.Question).Take(maxQueries)]);
        }

        if (wanted.Contains("squad") && Squad(maxQueries) is { } squad)
        {
            yield return squad;
        }

        if (wanted.Contains("scifact") && SciFact(maxQueries) is { } scifact)
        {
            yield return scifact;
        }

        if (wanted.Contains("synthetic"))
        {
            var articles = SyntheticCorpus.Generate(syntheticArticles);
            yield return new SideBySideCorpus($"synthetic-{syntheticArticles}", new CorpusLoadResult(articles, []) { Fingerprint = $"synthetic-{syntheticArticles}" }, false, [.. SyntheticCorpus.Queries(maxQueries)]);
        }
    }

    private static SideBySideCorpus? Squad(int maxQueries)
    {
        var path = Path.Combine(SharedData, "squad-v1.1-dev-tune.json.gz");
        if (!File.Exists(path))
        {
            Console.WriteLine($"skipped squad: {path} is absent");
            return null;
        }

        var corpus = QaCorpus.Build(SquadReader.ReadAsync(path).GetAwaiter().GetResult());
        return new SideBySideCorpus("squad-v1.1-dev", corpus.Articles, true, [.. corpus.Cases.Select(c => c.Question.Text).Take(maxQueries)]);
    }

    private static SideBySideCorpus? SciFact(int maxQueries)
    {
        var corpusPath = Path.Combine(SharedData, "scifact-train", "corpus.jsonl.gz");
        var queriesPath = Path.Combine(SharedData, "scifact-train", "queries-train.jsonl");
        if (!File.Exists(corpusPath) || !File.Exists(queriesPath))
        {
            Console.WriteLine($"skipped scifact: {corpusPath} or {queriesPath} is absent");
            return null;
        }

        var articles = new List<Article>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpusPath), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var metadata = new ArticleMetadata { Title = root.GetProperty("title").GetString() ?? "", Language = "en" };
                var body = root.GetProperty("text").GetString() ?? "";
                articles.Add(ArticleAssembler.Assemble("scifact-" + root.GetProperty("_id").GetString(), metadata, [new ArticleBlock(BlockKind.Paragraph, body)]));
            }
        }

        var queries = File.ReadLines(queriesPath).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "").Take(maxQueries);
        return new SideBySideCorpus("scifact", new CorpusLoadResult(articles, []) { Fingerprint = "scifact" }, true, [.. queries]);
    }
}
