using System.CommandLine;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot factcards check`: checks every card against the current corpus and flags those whose quotes are gone
/// (as the server does when the corpus changes). Exit code 1 when any card needs review, so CI can stop on it.
/// </summary>
internal static class FactCardsCheckVerb
{
    public static Command Create()
    {
        var corpus = SharedOptions.Corpus();
        var database = SharedOptions.Database();
        var command = new Command("check", "Flag cards whose quotes the corpus no longer holds; exit code 1 if any card needs review") { corpus, database };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)));
            await CliServices.LoadIndexAsync(services, cancellationToken);
            CliServices.Database(services, required: true);
            var index = services.GetRequiredService<ICorpusIndexProvider>().Current;
            var flagged = await services.GetRequiredService<FactCardReviewer>().FlagBrokenAsync(index, cancellationToken);
            foreach (var card in flagged)
            {
                Console.WriteLine($"flagged {card.Slug}: {card.ReviewNote}");
            }

            var waiting = (await services.GetRequiredService<FactCardService>().ListAsync(null, cancellationToken)).Where(c => c.NeedsReview).ToList();
            Console.WriteLine(waiting.Count == 0
                ? "every fact card's quotes are in the corpus"
                : $"{waiting.Count} card{(waiting.Count == 1 ? "" : "s")} need review: {string.Join(", ", waiting.Select(c => c.Slug))}");
            return waiting.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
