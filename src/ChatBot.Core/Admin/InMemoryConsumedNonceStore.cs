using System.Collections.Concurrent;

namespace ChatBot.Core.Admin;

/// <summary>Used nonces in memory (without a database; lost on restart, when links signed before still expire within 10 minutes).</summary>
public sealed class InMemoryConsumedNonceStore(TimeProvider time) : IConsumedNonceStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> used = new(StringComparer.Ordinal);

    public ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var (old, until) in used.Where(u => u.Value < now))
        {
            used.TryRemove(new KeyValuePair<string, DateTimeOffset>(old, until));
        }

        return ValueTask.FromResult(used.TryAdd(nonce, expiresAt));
    }
}
