using System.Globalization;

using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;

namespace ChatBot.CrashWriter;

/// <summary>
/// The records the crash writer stores, computed from their names alone, so the test process can rebuild the exact
/// record an acknowledgement names and compare it with what it reads back.
/// </summary>
public static class CrashRecords
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string CardSlug(int run, int number) => $"crash-{run}-{number}";

    public static string FeedbackAnswerId(int run, int number) => $"crash{run}x{number}";

    public static FactCard Card(string slug)
    {
        var number = Number(slug);
        var content = new FactCardContent(
            $"Card {slug}",
            $"Summary of {slug}: " + new string('s', 200 + (number * 37 % 3000)),
            [.. Enumerable.Range(1, 1 + (number % 4)).Select(i => new FactCardFact($"Fact {i} of {slug}", $"article-{i}", $"Quote {i} of {slug}."))],
            FactCardStatus.Verified,
            ["crash", $"n{number % 7}"]);
        var at = Epoch.AddMinutes(number);
        return new FactCard { Slug = slug, Content = content, Version = 1, CreatedBy = "cli:crash", CreatedAt = at, UpdatedBy = "cli:crash", UpdatedAt = at };
    }

    public static FactCardRevision Revision(FactCard card) =>
        new(card.Slug, card.Version, FactCardAction.Created, card.CreatedBy, "Crash writer", card.CreatedAt, ["created"], card);

    public static Feedback Feedback(string answerId)
    {
        var number = Number(answerId);
        return new Feedback(answerId, $"Question {answerId}?", $"Answer {answerId}. " + new string('a', number * 53 % 4000), ChatPlatform.Slack, $"U{number}", number % 2 == 0 ? 1 : -1, Epoch.AddSeconds(number));
    }

    private static int Number(string name) => int.Parse(name[(name.LastIndexOfAny(['-', 'x']) + 1)..], CultureInfo.InvariantCulture);
}
