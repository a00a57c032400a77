using ChatBot.Core.FactCards;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;

namespace ChatBot.Core.Storage.Copying;

/// <summary>
/// Every record one storage provider holds that another can take over (`chatbot db copy`): what moderators, voters and
/// askers wrote, and the request guards' records still in force. The answer and embedding caches are not part of it:
/// they are each replica's own and fill again by themselves.
/// </summary>
public sealed record StoreSnapshot
{
    public IReadOnlyList<FactCard> FactCards { get; init; } = [];

    public IReadOnlyList<FactCardRevision> Revisions { get; init; } = [];

    public IReadOnlyList<CopiedModerationEntry> ModerationLog { get; init; } = [];

    public IReadOnlyList<Feedback> Feedback { get; init; } = [];

    public IReadOnlyList<QuizQuestion> Quizzes { get; init; } = [];

    public IReadOnlyList<QuizAnswer> QuizAnswers { get; init; } = [];

    public IReadOnlyList<CopiedQuizScore> QuizScores { get; init; } = [];

    public IReadOnlyList<PendingArticle> PendingArticles { get; init; } = [];

    public IReadOnlyList<CopiedAnswer> Archive { get; init; } = [];

    public IReadOnlyList<CopiedReply> SharedReplies { get; init; } = [];

    public IReadOnlyList<CopiedConversation> Conversations { get; init; } = [];

    public IReadOnlyList<CopiedQuestion> Questions { get; init; } = [];

    /// <summary>Slack event ids seen within <see cref="InMemorySeenEventStore.DefaultRetention"/>; the time is when each was seen.</summary>
    public IReadOnlyList<TimedKey> SeenEvents { get; init; } = [];

    /// <summary>Replay records not yet expired; the time is when each expires.</summary>
    public IReadOnlyList<TimedKey> ReplayRecords { get; init; } = [];

    /// <summary>Used sign-in link nonces whose link has not expired yet; the time is when each expires.</summary>
    public IReadOnlyList<TimedKey> Nonces { get; init; } = [];
}
