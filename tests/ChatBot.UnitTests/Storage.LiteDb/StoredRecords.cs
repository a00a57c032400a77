using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>A database with data in it, written through the real stores: fact cards with revisions, votes, cached answers.</summary>
internal static class StoredRecords
{
    public const int Cards = 60;
    public const int Votes = 60;
    public const int Answers = 120;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(ChatBotDatabase database, int from = 0, int count = Cards)
    {
        var cards = new LiteDbFactCardStore(database);
        var feedback = new LiteDbFeedbackStore(database);
        var cache = new LiteDbAnswerCache(database, Options.Create(new StorageOptions()), new FakeTimeProvider(Epoch), NullLogger<LiteDbAnswerCache>.Instance);
        for (var i = from; i < from + count; i++)
        {
            var card = Card(i);
            Assert.Equal(FactCardSaveOutcome.Saved, (await cards.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", "Tester", card.CreatedAt, ["created"], card))).Outcome);
            await feedback.RecordAsync(new Feedback($"answer{i}", $"Question {i}?", $"Answer {i}.", ChatPlatform.Slack, $"U{i}", 1, Epoch.AddSeconds(i)));
        }

        for (var i = from * 2; i < (from + count) * 2; i++)
        {
            await cache.SetAsync(AnswerCacheKey.For($"question {i}", "fingerprint"), new AnswerResult($"question {i}", AnswerStatus.NotFound, $"Not covered ({i}). " + new string('x', 300), [], [], false, 0));
        }
    }

    public static FactCard Card(int number)
    {
        var slug = $"card-{number}";
        var content = new FactCardContent($"Card {number}", $"Summary of card {number}: " + new string('s', 150 + (number * 37 % 900)),
            [new FactCardFact($"Fact of card {number}", "article-1", $"Quote of card {number}.")], FactCardStatus.Verified, ["test"]);
        var at = Epoch.AddMinutes(number);
        return new FactCard { Slug = slug, Content = content, Version = 1, CreatedBy = "test:1", CreatedAt = at, UpdatedBy = "test:1", UpdatedAt = at };
    }
}
