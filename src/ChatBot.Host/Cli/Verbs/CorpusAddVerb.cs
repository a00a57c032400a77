using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Core.Indexing;
using ChatBot.Ingest;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot corpus add &lt;url-or-file&gt; [--corpus DIR] [--id ID] [--yes] [--json] [--by NAME]`: fetch or read, extract,
/// preview, and on confirmation write <c>articles/&lt;id&gt;.md</c>. Exit 0 when added, 1 with a one-line reason otherwise.
/// </summary>
internal static class CorpusAddVerb
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var source = new Argument<string>("url-or-file") { Description = "An http(s) address or a local HTML, PDF or text file" };
        var corpus = SharedOptions.Corpus();
        var id = new Option<string?>("--id") { Description = "The article id and file name (default: date and title, e.g. 2024-03-05-japan-urges-talks)" };
        var yes = new Option<bool>("--yes") { Description = "Add without asking" };
        var json = SharedOptions.Json();
        var by = new Option<string?>("--by") { Description = "Recorded as added_by: cli:NAME (default: the OS user name)" };
        var command = new Command("add", "Add a web page, PDF or text file to the corpus, after a preview") { source, corpus, id, yes, json, by };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)), (s, _) => s.AddIngest());
            var directory = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Directory;
            var ingestor = services.GetRequiredService<ArticleIngestor>();
            try
            {
                var preview = await ingestor.PreviewAsync(parsed.GetValue(source)!, directory, parsed.GetValue(id), cancellationToken);
                var asJson = parsed.GetValue(json);
                if (!asJson)
                {
                    Print(preview);
                }

                if (!parsed.GetValue(yes) && !await ConfirmAsync())
                {
                    throw new CommandFailedException("not added: not confirmed (answer 'y', or pass --yes)");
                }

                var path = await ingestor.WriteAsync(preview, directory, "cli:" + FactCardsVerb.Actor(parsed.GetValue(by)), cancellationToken);
                Console.WriteLine(asJson ? Json(preview, path) : $"Added {preview.ProposedId}: {path}");
                return 0;
            }
            catch (IngestException e)
            {
                throw new CommandFailedException(e.Message);
            }
        });
        return command;
    }

    private static void Print(IngestPreview preview)
    {
        var article = preview.Article;
        Console.WriteLine($"Title:         {article.Title}");
        Console.WriteLine($"Author:        {article.Author ?? "(none)"}");
        Console.WriteLine($"Publisher:     {article.Publisher ?? "(none)"}");
        Console.WriteLine($"Published:     {article.Published?.ToString() ?? "(none)"}");
        Console.WriteLine($"Canonical URL: {article.CanonicalUrl ?? "(none)"}");
        Console.WriteLine($"Words:         {article.WordCount}");
        Console.WriteLine($"Id:            {preview.ProposedId}");
        Console.WriteLine($"Opening:       {preview.Opening}");
        foreach (var warning in preview.Warnings)
        {
            Console.WriteLine($"warning: {warning}");
        }
    }

    private static async Task<bool> ConfirmAsync()
    {
        await Console.Error.WriteAsync("Add this article? [y/N] ");
        var answer = await Console.In.ReadLineAsync();
        return answer?.Trim().ToLowerInvariant() is "y" or "yes";
    }

    private static string Json(IngestPreview preview, string path)
    {
        var article = preview.Article;
        var node = new JsonObject
        {
            ["status"] = "added",
            ["id"] = preview.ProposedId,
            ["path"] = path,
            ["title"] = article.Title,
            ["author"] = article.Author,
            ["publisher"] = article.Publisher,
            ["published"] = article.Published?.ToString(),
            ["canonicalUrl"] = article.CanonicalUrl,
            ["source"] = article.Source,
            ["wordCount"] = article.WordCount,
            ["opening"] = preview.Opening,
            ["warnings"] = new JsonArray([.. preview.Warnings.Select(w => (JsonNode?)w)]),
        };
        return node.ToJsonString(Readable);
    }
}
