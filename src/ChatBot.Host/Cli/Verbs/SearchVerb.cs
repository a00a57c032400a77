using System.CommandLine;
using System.Diagnostics;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot search "query" [--top N]` or `--batch FILE`: ranked passages.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "What to search for", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many passages (1-100)", DefaultValueFactory = _ => 5 };
        var corpus = SharedOptions.Corpus();
        var json = SharedOptions.Json();
        var batch = SharedOptions.Batch();
        var command = new Command("search", "Rank the corpus passages for a query") { query, top, corpus, json, batch };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var count = parsed.GetValue(top);
            if (count is < 1 or > 100)
            {
                throw new UsageException("--top must be between 1 and 100");
            }

            var batchFile = parsed.GetValue(batch);
            var queries = batchFile is null ? [BatchInput.Single(parsed.GetValue(query), null, "query")] : BatchInput.Read(batchFile);
            if (batchFile is null && MentionNeutralizer.Remove(queries[0]).Length == 0)
            {
                throw new UsageException("the query is empty");
            }

            if (batchFile is not null && parsed.GetValue(query) is not null)
            {
                throw new UsageException("give either a query or --batch FILE, not both");
            }

            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)));

            await CliServices.LoadIndexAsync(services, cancellationToken);
            var index = services.GetRequiredService<ICorpusIndexProvider>().Current;
            var engine = services.GetRequiredService<AnswerEngine>();
            foreach (var text in queries)
            {
                var result = Run(engine, index, text, count);
                Console.WriteLine(parsed.GetValue(json) || batchFile is not null ? JsonOutput.Line(result) : Text(result));
            }

            return 0;
        });
        return command;
    }

    /// <summary>The passages as the answer engine ranks them: first-stage search, then the learned passage ranker.</summary>
    private static SearchOutput Run(AnswerEngine engine, CorpusIndex index, string query, int top)
    {
        var stopwatch = Stopwatch.StartNew();
        var clean = MentionNeutralizer.Remove(query);
        var hits = engine.Retrieve(clean, index, top)
            .Select(h => new SearchHitOutput(h.Rank, h.Passage.ArticleId, h.Passage.Id, Math.Round(h.Score, 4), h.Passage.Text))
            .ToList();
        return new SearchOutput(clean, hits, Math.Round(stopwatch.Elapsed.TotalMilliseconds, 3));
    }

    private static string Text(SearchOutput result) =>
        result.Hits.Count == 0
            ? $"No passages match \"{result.Query}\"."
            : string.Join("\n\n", result.Hits.Select(h => $"{h.Rank}. {h.PassageId}  (score {h.Score:F2})\n   {h.Text}"));
}
