using ChatBot.Core.Commands;

namespace ChatBot.Core.Quiz;

/// <summary>
/// Open questions, answers and per-channel scores. <see cref="AnswerAsync"/> is atomic: a person's first answer
/// to a question is recorded and scored exactly once, however many presses arrive at the same time.
/// </summary>
public interface IQuizStore
{
    /// <exception cref="Storage.StorageUnavailableException">The question could not be stored (the database is unavailable).</exception>
    ValueTask SaveAsync(QuizQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The question, or null when there is no such question.</summary>
    /// <exception cref="Storage.StorageUnavailableException">The question could not be read (the database is unavailable): not the same as gone.</exception>
    ValueTask<QuizQuestion?> GetAsync(string id, CancellationToken cancellationToken = default);

    ValueTask<QuizAnswerResult> AnswerAsync(QuizQuestion question, QuizAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>The best scores in a channel: most correct first, then fewest answers, then earliest.</summary>
    ValueTask<IReadOnlyList<QuizScore>> LeaderboardAsync(ChatPlatform platform, string? workspaceId, string channelId, int top, CancellationToken cancellationToken = default);

    /// <summary>The best scores over every channel of a workspace (each person's channels summed), ordered as in a channel.</summary>
    ValueTask<IReadOnlyList<QuizScore>> WorkspaceLeaderboardAsync(ChatPlatform platform, string? workspaceId, int top, CancellationToken cancellationToken = default);
}
