using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Quiz questions, answers and per-channel scores in LiteDB. Recording an answer and counting it in the score
/// happen under one lock in one transaction, and the answer's id is question and user, so however many presses
/// arrive at once, a person's first answer is counted exactly once. Questions closed a month ago are pruned.
/// </summary>
public sealed class LiteDbQuizStore(ChatBotDatabase database) : IQuizStore
{
    private const string Quizzes = "quizzes";
    private const string Answers = "quiz_answers";
    private const string Scores = "quiz_scores";
    private readonly Lock gate = new();

    public ValueTask SaveAsync(QuizQuestion question, CancellationToken cancellationToken = default)
    {
        StorageGuard.Required(database, "the quiz question could not be stored", db =>
        {
            var quizzes = db.GetCollection<QuizDocument>(Quizzes);
            quizzes.EnsureIndex(q => q.ExpiresAt);
            var cutoff = question.CreatedAt.UtcDateTime.AddDays(-30);
            quizzes.DeleteMany(q => q.ExpiresAt < cutoff);
            quizzes.Insert(new QuizDocument { Id = question.Id, ExpiresAt = question.ExpiresAt.UtcDateTime, Json = StoredJson.Write(question) });
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<QuizQuestion?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        QuizQuestion? question = null;
        StorageGuard.Required(database, "the quiz could not be read", db => question = db.GetCollection<QuizDocument>(Quizzes).FindById(id) is { } document ? StoredJson.Read<QuizQuestion>(document.Json) : null);
        return ValueTask.FromResult(question);
    }

    public ValueTask<QuizAnswerResult> AnswerAsync(QuizQuestion question, QuizAnswer answer, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(database.Database is { } db ? Record(database, db, question, answer) : new QuizAnswerResult(QuizAnswerOutcome.Unavailable));
        }
    }

    public ValueTask<IReadOnlyList<QuizScore>> LeaderboardAsync(ChatPlatform platform, string? workspaceId, string channelId, int top, CancellationToken cancellationToken = default)
    {
        var channel = ChannelKey(platform, workspaceId, channelId);
        var documents = StorageGuard.Try(database, () =>
        {
            var scores = database.Database?.GetCollection<QuizScoreDocument>(Scores);
            scores?.EnsureIndex(s => s.Channel);
            return scores?.Find(s => s.Channel == channel).ToList();
        }) ?? [];
        IReadOnlyList<QuizScore> board = [.. documents.OrderByDescending(s => s.Correct).ThenBy(s => s.Answered).ThenBy(s => s.FirstAt).Take(top)
            .Select(s => new QuizScore(s.UserId, s.DisplayName, s.Correct, s.Answered))];
        return ValueTask.FromResult(board);
    }

    public ValueTask<IReadOnlyList<QuizScore>> WorkspaceLeaderboardAsync(ChatPlatform platform, string? workspaceId, int top, CancellationToken cancellationToken = default)
    {
        var prefix = ChannelKey(platform, workspaceId, "");
        var documents = StorageGuard.Try(database, () =>
        {
            var scores = database.Database?.GetCollection<QuizScoreDocument>(Scores);
            scores?.EnsureIndex(s => s.Channel);
            return scores?.Find(s => s.Channel.StartsWith(prefix)).ToList();
        }) ?? [];
        IReadOnlyList<QuizScore> board = [.. documents.GroupBy(s => s.UserId, StringComparer.Ordinal)
            .Select(g => (Score: new QuizScore(g.Key, g.OrderByDescending(s => s.FirstAt).Select(s => s.DisplayName).FirstOrDefault(n => n is not null), g.Sum(s => s.Correct), g.Sum(s => s.Answered)), FirstAt: g.Min(s => s.FirstAt)))
            .OrderByDescending(s => s.Score.Correct).ThenBy(s => s.Score.Answered).ThenBy(s => s.FirstAt).Take(top)
            .Select(s => s.Score)];
        return ValueTask.FromResult(board);
    }

    private static QuizAnswerResult Record(ChatBotDatabase database, LiteDatabase db, QuizQuestion question, QuizAnswer answer)
    {
        return StorageGuard.InTransaction(database, db, () =>
        {
            var answers = db.GetCollection<QuizAnswerDocument>(Answers);
            if (answers.FindById($"{question.Id}:{answer.UserId}") is { } first)
            {
                db.Rollback();
                return new QuizAnswerResult(QuizAnswerOutcome.AlreadyAnswered, first.Choice);
            }

            answers.Insert(new QuizAnswerDocument { Id = $"{question.Id}:{answer.UserId}", QuizId = question.Id, UserId = answer.UserId, Choice = answer.Choice, Correct = answer.Correct, At = answer.At.UtcDateTime });
            var scores = db.GetCollection<QuizScoreDocument>(Scores);
            var channel = ChannelKey(question.Platform, question.WorkspaceId, question.ChannelId);
            var score = scores.FindById($"{channel}:{answer.UserId}") ?? new QuizScoreDocument { Id = $"{channel}:{answer.UserId}", Channel = channel, UserId = answer.UserId, FirstAt = answer.At.UtcDateTime };
            score.DisplayName = answer.DisplayName ?? score.DisplayName;
            score.Answered++;
            score.Correct += answer.Correct ? 1 : 0;
            scores.Upsert(score);
            db.Commit();
            DurableWrite.Persist(db);
            return new QuizAnswerResult(QuizAnswerOutcome.Recorded);
        }, new QuizAnswerResult(QuizAnswerOutcome.Unavailable));
    }

    private static string ChannelKey(ChatPlatform platform, string? workspaceId, string channelId) => $"{platform}:{workspaceId ?? "-"}:{channelId}";
}
