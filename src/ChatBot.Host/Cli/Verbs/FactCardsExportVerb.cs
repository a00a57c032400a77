using System.CommandLine;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot factcards export FILE`: every card that is not deleted, to YAML (.yaml, .yml) or JSON (.json). Works while
/// `chatbot serve` runs (see FactCardDesks).
/// </summary>
internal static class FactCardsExportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The file to write (.yaml, .yml or .json)" };
        var database = SharedOptions.Database();
        var command = new Command("export", "Write the fact cards to a YAML or JSON file") { file, database };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            using var desk = await FactCardDesks.OpenAsync(CliOverrides.From(database: parsed.GetValue(database)), cancellationToken);
            var cards = await desk.CardsAsync(cancellationToken);
            FactCardFiles.Write(path, cards);
            Console.WriteLine($"exported {cards.Count} fact card{(cards.Count == 1 ? "" : "s")} to {path}");
            return 0;
        });
        return command;
    }
}
