using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>
/// Each person's recent questions, for their own eyes (the Slack App Home). Bounded: only the newest
/// <see cref="Kept"/> per person are kept, and none older than <see cref="MaxAge"/>.
/// </summary>
public interface IQuestionHistory
{
    public const int Kept = 20;

    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    ValueTask RecordAsync(ChatPlatform platform, string? workspaceId, string userId, string question, AnswerStatus status, CancellationToken cancellationToken = default);

    /// <summary>The person's newest questions first, at most <paramref name="limit"/>.</summary>
    ValueTask<IReadOnlyList<AskedQuestion>> RecentAsync(ChatPlatform platform, string? workspaceId, string userId, int limit, CancellationToken cancellationToken = default);
}
