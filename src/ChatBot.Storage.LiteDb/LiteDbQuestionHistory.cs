using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Each person's recent questions in LiteDB. Recording one drops the person's questions beyond the newest
/// <see cref="IQuestionHistory.Kept"/> and everyone's older than <see cref="IQuestionHistory.MaxAge"/>; without a
/// database, nothing is kept and the list is empty.
/// </summary>
public sealed class LiteDbQuestionHistory(ChatBotDatabase database, TimeProvider time) : IQuestionHistory
{
    private const string Collection = "asked_questions";

    public ValueTask RecordAsync(ChatPlatform platform, string? workspaceId, string userId, string question, AnswerStatus status, CancellationToken cancellationToken = default)
    {
        var asked = new AskedQuestion(platform, workspaceId, userId, question, status, time.GetUtcNow());
        StorageGuard.Try(database, () =>
        {
            if (database.Database is { } db)
            {
                Record(db, asked);
            }
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Inserts the question and drops what is beyond the person's newest <see cref="IQuestionHistory.Kept"/> and older than <see cref="IQuestionHistory.MaxAge"/>.</summary>
    internal static void Record(LiteDatabase db, AskedQuestion question)
    {
        var person = Person(question.Platform, question.WorkspaceId, question.UserId);
        var now = question.At.UtcDateTime;
        var asked = db.GetCollection<AskedQuestionDocument>(Collection);
        asked.EnsureIndex(q => q.Person);
        asked.EnsureIndex(q => q.At);
        asked.Insert(new AskedQuestionDocument { Person = person, Question = question.Question, Status = question.Status.ToString(), At = now });
        var older = asked.Find(q => q.Person == person).OrderByDescending(q => q.At).ThenByDescending(q => q.Id).Skip(IQuestionHistory.Kept).Select(q => q.Id).ToList();
        foreach (var id in older)
        {
            asked.Delete(id);
        }

        var cutoff = now - IQuestionHistory.MaxAge;
        asked.DeleteMany(q => q.At < cutoff);
    }

    public ValueTask<IReadOnlyList<AskedQuestion>> RecentAsync(ChatPlatform platform, string? workspaceId, string userId, int limit, CancellationToken cancellationToken = default)
    {
        var person = Person(platform, workspaceId, userId);
        var since = time.GetUtcNow().UtcDateTime - IQuestionHistory.MaxAge;
        var documents = StorageGuard.Try(database, () => database.Database?.GetCollection<AskedQuestionDocument>(Collection)
            .Find(q => q.Person == person && q.At >= since).OrderByDescending(q => q.At).ThenByDescending(q => q.Id).Take(limit).ToList()) ?? [];
        IReadOnlyList<AskedQuestion> recent = [.. documents.Select(d => new AskedQuestion(
            platform,
            workspaceId,
            userId,
            d.Question,
            Enum.TryParse<AnswerStatus>(d.Status, out var status) ? status : AnswerStatus.Answered,
            new DateTimeOffset(DateTime.SpecifyKind(d.At, DateTimeKind.Utc))))];
        return ValueTask.FromResult(recent);
    }

    private static string Person(ChatPlatform platform, string? workspaceId, string userId) => $"{platform}:{workspaceId ?? "-"}:{userId}";
}
