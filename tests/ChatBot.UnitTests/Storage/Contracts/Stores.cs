using ChatBot.Core.Admin;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>One provider's stores over one storage (a fresh database, or one that cannot be used).</summary>
public sealed record Stores(
    IFactCardStore FactCards,
    IModerationLog ModerationLog,
    IFeedbackStore Feedback,
    IQuizStore Quiz,
    IPendingArticleStore PendingArticles,
    ISeenEventStore SeenEvents,
    IReplayStore Replay,
    IConsumedNonceStore Nonces)
{
    /// <summary>The answer path's stores (set by the provider alongside the others).</summary>
    public required AnswerStores Answers { get; init; }
}
