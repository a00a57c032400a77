using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// The database plug-in writes an answer's cache entries in its own transaction, past <see cref="Core.Answers.IAnswerCache"/>;
/// this passes them on to the shared level too, after the local record, so an answer cached on one replica is a hit
/// on the others.
/// </summary>
public sealed class RedisAnswerRecords(IAnswerRecords local, RedisAnswerCache cache) : IAnswerRecords
{
    public ValueTask<ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) =>
        local.LookupAsync(conversation, cancellationToken);

    public async ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
    {
        await local.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        foreach (var entry in record.Cache)
        {
            await cache.ShareAsync(entry.Key, entry.Answer, cancellationToken).ConfigureAwait(false);
        }
    }
}
