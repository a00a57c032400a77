using System.CommandLine;
using ChatBot.Core.FactCards;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot factcards export FILE`: every card that is not deleted, to YAML (.yaml, .yml) or JSON (.json).</summary>
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
            using var services = CliServices.Build(CliOverrides.From(database: parsed.GetValue(database)));
            CliServices.Database(services, required: true);
            var cards = (await services.GetRequiredService<IFactCardStore>().ListAsync(cancellationToken)).Where(c => !c.IsDeleted).ToList();
            FactCardFiles.Write(path, cards);
            Console.WriteLine($"exported {cards.Count} fact card{(cards.Count == 1 ? "" : "s")} to {path}");
            return 0;
        });
        return command;
    }
}
