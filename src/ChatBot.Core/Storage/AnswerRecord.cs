using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>
/// What one answer leaves behind: <see cref="Answer"/> archived under <see cref="AnswerIds.For"/> (buttons find it),
/// the cache entries the answer service produced, the conversation's new turn and the asker's history entry (both
/// absent for an invalid question), and the private reply kept for "Share to channel" (when offered).
/// </summary>
public sealed record AnswerRecord(AnswerResult Answer)
{
    public IReadOnlyList<AnswerCacheEntry> Cache { get; init; } = [];

    /// <summary>The conversation key (<see cref="Conversation.KeyOf"/>) and its new turn.</summary>
    public (string Conversation, ConversationTurn Turn)? Turn { get; init; }

    public AskedQuestion? Asked { get; init; }

    public SharedReply? Shared { get; init; }
}
