namespace ChatBot.Core.Conversations;

/// <summary>
/// A short memory per conversation (a thread, a DM, or one person in one channel): the last question, forgotten
/// after <see cref="Conversation.Lifetime"/>.
/// </summary>
public interface IConversationStore
{
    ValueTask<ConversationTurn?> LastAsync(string conversation, CancellationToken cancellationToken = default);

    ValueTask RememberAsync(string conversation, ConversationTurn turn, CancellationToken cancellationToken = default);
}
