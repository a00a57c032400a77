using System.CommandLine;
using ChatBot.Core.FactCards;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot factcards import FILE [--by NAME]`: creates or updates each card in the file after the same checks as
/// the chat forms (every quote verbatim in the corpus). A bad card is reported on standard error by slug and
/// reason and the good ones still import; exit code 1 when any card was rejected.
/// </summary>
internal static class FactCardsImportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The file to read (.yaml, .yml or .json)" };
        var by = FactCardsVerb.By();
        var corpus = SharedOptions.Corpus();
        var database = SharedOptions.Database();
        var command = new Command("import", "Create or update fact cards from a YAML or JSON file; bad cards are reported and skipped") { file, by, corpus, database };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var entries = FactCardFiles.Read(parsed.GetValue(file)!).Cards;
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)));
            CliServices.Database(services, required: true);
            var cards = services.GetRequiredService<FactCardService>();
            var actor = FactCardActor.Cli(FactCardsVerb.Actor(parsed.GetValue(by)));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var (imported, unchanged, rejected) = (0, 0, 0);
            for (var i = 0; i < entries.Count; i++)
            {
                var slug = entries[i].Slug?.Trim() ?? "";
                var name = slug.Length == 0 ? $"card #{i + 1} (no slug)" : slug;
                var problems = new List<FactCardProblem>();
                var content = FactCardFiles.Content(entries[i], problems);
                if (!seen.Add(slug))
                {
                    problems.Add(new FactCardProblem("slug", "appears more than once in the file; only the first was imported"));
                }

                var result = problems.Count > 0
                    ? new FactCardChange(FactCardOutcome.Invalid, null, FactCardValidator.Validate(slug, content, services.GetRequiredService<Core.Indexing.ICorpusIndexProvider>().Current, problems).Problems)
                    : await cards.ImportAsync(slug, content, actor, cancellationToken);
                switch (result.Outcome)
                {
                    case FactCardOutcome.Saved:
                        imported++;
                        Console.WriteLine($"imported {slug} (version {result.Card!.Version})");
                        break;
                    case FactCardOutcome.Unchanged:
                        unchanged++;
                        Console.WriteLine($"unchanged {slug}");
                        break;
                    default:
                        rejected++;
                        await Console.Error.WriteLineAsync($"rejected {name}: {Reason(result)}");
                        break;
                }
            }

            Console.WriteLine($"{imported} imported, {unchanged} unchanged, {rejected} rejected");
            return rejected == 0 ? 0 : 1;
        });
        return command;
    }

    private static string Reason(FactCardChange result) => result.Outcome switch
    {
        FactCardOutcome.Invalid => string.Join("; ", result.AllProblems),
        FactCardOutcome.Unavailable => "the database is unavailable",
        _ => result.Outcome.ToString().ToLowerInvariant(),
    };
}
