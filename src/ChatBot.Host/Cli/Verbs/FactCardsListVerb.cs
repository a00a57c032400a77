using System.CommandLine;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot factcards list [--tag TAG] [--needs-review]`: cards with status, version and last review; those needing review first.</summary>
internal static class FactCardsListVerb
{
    public static Command Create()
    {
        var tag = new Option<string?>("--tag") { Description = "Only cards with this tag" };
        var needsReview = new Option<bool>("--needs-review") { Description = "Only cards needing review (quotes missing from the current corpus, or flagged)" };
        var corpus = SharedOptions.Corpus();
        var database = SharedOptions.Database();
        var command = new Command("list", "List fact cards; cards needing review come first") { tag, needsReview, corpus, database };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)));
            CliServices.Database(services, required: true);
            var index = services.GetRequiredService<ICorpusIndexProvider>().Current;
            var cards = await services.GetRequiredService<FactCardService>().ListAsync(parsed.GetValue(tag), cancellationToken);
            var rows = cards.Select(c => (Card: c, Review: FactCardCheck.NeedsReview(c, index)))
                .Where(r => !parsed.GetValue(needsReview) || r.Review)
                .OrderByDescending(r => r.Review).ThenBy(r => r.Card.Slug, StringComparer.Ordinal).ToList();
            foreach (var (card, review) in rows)
            {
                Console.WriteLine($"{card.Slug,-40} {(review ? "NEEDS REVIEW" : card.Content.Status.ToString().ToLowerInvariant()),-12} v{card.Version,-4} reviewed {(card.LastReviewedAt is { } at ? FactCardReplies.Date(at) : "never")}  {card.Content.Title}");
                if (review)
                {
                    foreach (var line in FactCardCheck.BrokenFacts(card, index).DefaultIfEmpty(card.ReviewNote ?? "flagged"))
                    {
                        Console.WriteLine($"    {line}");
                    }
                }
            }

            Console.Error.WriteLine($"{rows.Count} card{(rows.Count == 1 ? "" : "s")}, {rows.Count(r => r.Review)} needing review");
            return 0;
        });
        return command;
    }
}
