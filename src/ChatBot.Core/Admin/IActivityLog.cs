using ChatBot.Core.Storage;

namespace ChatBot.Core.Admin;

/// <summary>Everyone's recent questions and votes, for the moderator console (the stores keep 30 days of questions).</summary>
public interface IActivityLog
{
    /// <summary>Questions asked since the given time, newest first, at most <paramref name="limit"/>.</summary>
    ValueTask<IReadOnlyList<AskedQuestion>> QuestionsSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);

    /// <summary>Votes given since the given time, newest first, at most <paramref name="limit"/>.</summary>
    ValueTask<IReadOnlyList<Feedback>> FeedbackSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default);
}
