using System.CommandLine;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot factcards list [--tag TAG] [--needs-review]`: cards with status, version and last review; those needing
/// review first. Works while `chatbot serve` runs (see FactCardDesks).
/// </summary>
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
            using var desk = await FactCardDesks.OpenAsync(CliOverrides.From(parsed.GetValue(corpus), parsed.GetValue(database)), cancellationToken);
            var rows = (await desk.ListAsync(parsed.GetValue(tag), cancellationToken))
                .Where(r => !parsed.GetValue(needsReview) || r.NeedsReview)
                .OrderByDescending(r => r.NeedsReview).ThenBy(r => r.Card.Slug, StringComparer.Ordinal).ToList();
            foreach (var (card, review, problems) in rows)
            {
                Console.WriteLine($"{card.Slug,-40} {(review ? "NEEDS REVIEW" : card.Content.Status.ToString().ToLowerInvariant()),-12} v{card.Version,-4} reviewed {(card.LastReviewedAt is { } at ? FactCardReplies.Date(at) : "never")}  {card.Content.Title}");
                foreach (var line in problems)
                {
                    Console.WriteLine($"    {line}");
                }
            }

            Console.Error.WriteLine($"{rows.Count} card{(rows.Count == 1 ? "" : "s")}, {rows.Count(r => r.NeedsReview)} needing review");
            return 0;
        });
        return command;
    }
}
