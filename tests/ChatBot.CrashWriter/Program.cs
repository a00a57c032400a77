using ChatBot.Core.Storage;
using ChatBot.CrashWriter;
using ChatBot.Storage.LiteDb;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Usage: ChatBot.CrashWriter <database path> <run number>
// Writes fact cards and feedback votes alternately, forever, through the real stores. After each write returns it
// prints "ACK factcard <slug>" or "ACK feedback <answer id>"; the test kills it at a random moment.
var database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = args[0] }), NullLogger<ChatBotDatabase>.Instance);
var run = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
if (database.Database is null)
{
    Console.WriteLine($"FAILED {database.Status.Problem}");
    return 1;
}

var cards = new LiteDbFactCardStore(database);
var feedback = new LiteDbFeedbackStore(database);
Console.WriteLine("READY");
for (var number = 0; ; number++)
{
    if (number % 2 == 0)
    {
        var card = CrashRecords.Card(CrashRecords.CardSlug(run, number));
        var saved = await cards.SaveAsync(card, 0, CrashRecords.Revision(card));
        Console.WriteLine(saved.Outcome == ChatBot.Core.FactCards.FactCardSaveOutcome.Saved ? $"ACK factcard {card.Slug}" : $"FAILED factcard {card.Slug} {saved.Outcome}");
    }
    else
    {
        var vote = CrashRecords.Feedback(CrashRecords.FeedbackAnswerId(run, number));
        try
        {
            await feedback.RecordAsync(vote);
            Console.WriteLine($"ACK feedback {vote.AnswerId}");
        }
        catch (StorageUnavailableException)
        {
            Console.WriteLine($"FAILED feedback {vote.AnswerId}");
        }
    }
}
