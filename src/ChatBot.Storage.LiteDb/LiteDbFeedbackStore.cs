using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Feedback votes in LiteDB, one per user per answer.</summary>
public sealed class LiteDbFeedbackStore(ChatBotDatabase database) : IFeedbackStore
{
    private const string Collection = "feedback";

    public ValueTask RecordAsync(Feedback feedback, CancellationToken cancellationToken = default)
    {
        StorageGuard.Required(database, "the vote could not be stored", db =>
        {
            var collection = db.GetCollection<FeedbackDocument>(Collection);
            collection.EnsureIndex(f => f.AnswerId);
            collection.Upsert(new FeedbackDocument
            {
                Id = $"{feedback.AnswerId}:{feedback.Platform}:{feedback.UserId}",
                AnswerId = feedback.AnswerId,
                Question = feedback.Question,
                Answer = feedback.Answer,
                Platform = feedback.Platform.ToString(),
                UserId = feedback.UserId,
                Vote = feedback.Vote,
                At = feedback.At.UtcDateTime,
                Reason = feedback.Reason,
                Comment = feedback.Comment,
            });
            DurableWrite.Persist(db);
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<Feedback>> ListAsync(string answerId, CancellationToken cancellationToken = default)
    {
        var votes = StorageGuard.Try<IReadOnlyList<Feedback>>(database, () => database.Database?.GetCollection<FeedbackDocument>(Collection).Find(f => f.AnswerId == answerId)
            .Select(d => new Feedback(d.AnswerId, d.Question, d.Answer, Enum.Parse<ChatPlatform>(d.Platform), d.UserId, d.Vote, new DateTimeOffset(DateTime.SpecifyKind(d.At, DateTimeKind.Utc)), d.Reason, d.Comment))
            .ToList()) ?? [];
        return ValueTask.FromResult(votes);
    }
}
