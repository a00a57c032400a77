using System.Collections.Concurrent;

namespace ChatBot.Core.Conversations;

/// <summary>Conversations in memory; expired turns are not returned, and the store starts over past its capacity.</summary>
public sealed class InMemoryConversationStore(TimeProvider time) : IConversationStore
{
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, ConversationTurn> turns = new(StringComparer.Ordinal);

    public ValueTask<ConversationTurn?> LastAsync(string conversation, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(turns.TryGetValue(conversation, out var turn) && time.GetUtcNow() - turn.At <= Conversation.Lifetime ? turn : null);

    public ValueTask RememberAsync(string conversation, ConversationTurn turn, CancellationToken cancellationToken = default)
    {
        if (turns.Count >= Capacity)
        {
            turns.Clear();
        }

        turns[conversation] = turn;
        return ValueTask.CompletedTask;
    }
}
