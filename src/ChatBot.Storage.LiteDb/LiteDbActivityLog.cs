using ChatBot.Core.Admin;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Reads everyone's questions (<see cref="LiteDbQuestionHistory"/>'s collection) and votes for the console; writes nothing.</summary>
public sealed class LiteDbActivityLog(ChatBotDatabase database) : IActivityLog
{
    public ValueTask<IReadOnlyList<AskedQuestion>> QuestionsSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        var from = since.UtcDateTime;
        var questions = StorageGuard.Try<IReadOnlyList<AskedQuestion>>(database, () => database.Database?.GetCollection<AskedQuestionDocument>("asked_questions")
            .Find(q => q.At >= from).OrderByDescending(q => q.At).ThenByDescending(q => q.Id).Take(limit)
            .Select(Question).ToList()) ?? [];
        return ValueTask.FromResult(questions);
    }

    public ValueTask<IReadOnlyList<Feedback>> FeedbackSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        var from = since.UtcDateTime;
        var votes = StorageGuard.Try<IReadOnlyList<Feedback>>(database, () => database.Database?.GetCollection<FeedbackDocument>("feedback")
            .Find(f => f.At >= from).OrderByDescending(f => f.At).Take(limit)
            .Select(d => new Feedback(d.AnswerId, d.Question, d.Answer, Enum.TryParse<ChatPlatform>(d.Platform, out var p) ? p : ChatPlatform.Cli, d.UserId, d.Vote, Utc(d.At), d.Reason, d.Comment))
            .ToList()) ?? [];
        return ValueTask.FromResult(votes);
    }

    /// <summary>The person key is "platform:workspace:user" (workspace "-" when none).</summary>
    private static AskedQuestion Question(AskedQuestionDocument d)
    {
        var parts = d.Person.Split(':', 3);
        var platform = parts.Length > 0 && Enum.TryParse<ChatPlatform>(parts[0], out var p) ? p : ChatPlatform.Cli;
        var workspace = parts.Length > 1 && parts[1] != "-" ? parts[1] : null;
        var user = parts.Length > 2 ? parts[2] : "";
        var status = Enum.TryParse<AnswerStatus>(d.Status, out var s) ? s : AnswerStatus.Answered;
        return new AskedQuestion(platform, workspace, user, d.Question, status, Utc(d.At));
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
