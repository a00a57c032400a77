using System.CommandLine;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot sources`: the articles with title, author, publisher, date and link.</summary>
internal static class SourcesVerb
{
    public static Command Create()
    {
        var corpus = SharedOptions.Corpus();
        var json = SharedOptions.Json();
        var command = new Command("sources", "List the indexed articles") { corpus, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)));
            await CliServices.LoadIndexAsync(services, cancellationToken);
            var index = services.GetRequiredService<ICorpusIndexProvider>().Current;
            var sources = index.Articles.Select(a => new SourceOutput(a.Id, a.Title, a.Author, a.Publisher, a.Published?.ToString(), a.PublishedInferred, a.Url, a.Language, a.Tags)).ToList();
            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonOutput.Line(sources));
                return 0;
            }

            foreach (var s in sources)
            {
                var date = s.Published is null ? "undated" : s.PublishedInferred ? $"{s.Published} (inferred)" : s.Published;
                Console.WriteLine($"{s.Id}: {s.Title}");
                Console.WriteLine($"    {s.Author ?? "unknown author"}, {s.Publisher ?? "unknown publisher"}, {date}{(s.Url is null ? "" : $", {s.Url}")}");
            }

            return 0;
        });
        return command;
    }
}
