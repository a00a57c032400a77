using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>
/// Core's <see cref="IAnswerRecords"/>: the registered stores one by one (the in-memory defaults, or stores a host
/// registered on their own). The database plug-in replaces it with one that writes the record in one transaction.
/// </summary>
public sealed class AnswerRecords(IAnswerCache cache, IAnswerArchive archive, IConversationStore conversations, IQuestionHistory history, ISharedReplyStore shared) : IAnswerRecords
{
    public ValueTask<ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) =>
        conversations.LastAsync(conversation, cancellationToken);

    public async ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
    {
        foreach (var entry in record.Cache)
        {
            await cache.SetAsync(entry.Key, entry.Answer, cancellationToken);
        }

        if (record.Turn is var (conversation, turn))
        {
            await conversations.RememberAsync(conversation, turn, cancellationToken);
        }

        await archive.SaveAsync(record.Answer, cancellationToken);
        if (record.Asked is { } asked)
        {
            await history.RecordAsync(asked.Platform, asked.WorkspaceId, asked.UserId, asked.Question, asked.Status, cancellationToken);
        }

        if (record.Shared is { } kept)
        {
            await shared.SaveAsync(kept.Reply, cancellationToken);
        }
    }
}
