using System.CommandLine;
using ChatBot.Core.FactCards;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot factcards import FILE [--by NAME]`: creates or updates the cards in the file, all or nothing, after the
/// same checks as the chat forms (every quote verbatim in the corpus). Each bad card is reported on standard error by
/// slug and reason, and then nothing is imported (exit code 1). Works while `chatbot serve` runs (see FactCardDesks).
/// </summary>
internal static class FactCardsImportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The file to read (.yaml, .yml or .json)" };
        var by = FactCardsVerb.By();
        var corpus = SharedOptions.Corpus();
        var database = SharedOptions.Database();
        var command = new Command("import", "Create or update fact cards from a YAML or JSON file, all or nothing: one bad card and none is imported") { file, by, corpus, database };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var items = FactCardFiles.Items(FactCardFiles.Read(parsed.GetValue(file)!));
            using var desk = await FactCardDesks.OpenAsync(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)), cancellationToken);
            var report = await desk.ImportAsync(items, FactCardsVerb.Actor(parsed.GetValue(by)), cancellationToken);
            foreach (var line in report.Lines)
            {
                switch (line.Outcome)
                {
                    case FactCardImportOutcome.Imported:
                        Console.WriteLine($"imported {line.Name} (version {line.Version})");
                        break;
                    case FactCardImportOutcome.Unchanged:
                        Console.WriteLine($"unchanged {line.Name}");
                        break;
                    case FactCardImportOutcome.Rejected:
                        await Console.Error.WriteLineAsync($"rejected {line.Name}: {line.Reason}");
                        break;
                }
            }

            var rejected = report.Count(FactCardImportOutcome.Rejected);
            if (report.Applied)
            {
                Console.WriteLine($"{report.Count(FactCardImportOutcome.Imported)} imported, {report.Count(FactCardImportOutcome.Unchanged)} unchanged");
                return 0;
            }

            await Console.Error.WriteLineAsync(rejected > 0
                ? $"nothing imported: {rejected} of {report.Lines.Count} card{(report.Lines.Count == 1 ? " was" : "s were")} rejected, and an import is all or nothing"
                : $"nothing imported: {report.Failure}");
            return 1;
        });
        return command;
    }
}
