using System.Collections.Concurrent;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>Shareable replies in memory, at most <see cref="Capacity"/> (the store starts over when full).</summary>
public sealed class InMemorySharedReplyStore : ISharedReplyStore
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Reply> replies = new(StringComparer.Ordinal);

    public ValueTask<string> SaveAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        var id = ReplyJson.IdOf(ReplyJson.Write(reply));
        if (replies.Count >= Capacity)
        {
            replies.Clear();
        }

        replies[id] = reply;
        return ValueTask.FromResult(id);
    }

    public ValueTask<Reply?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(replies.TryGetValue(id, out var reply) ? reply : null);
}
