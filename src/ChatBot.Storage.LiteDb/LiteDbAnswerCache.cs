using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Answers cached in LiteDB by <see cref="AnswerCacheKey"/>, with a bounded in-memory front for hot questions.
/// Entries survive restarts, expire after the configured time-to-live, and are pruned when the corpus
/// fingerprint or the engine version changes. Storage trouble is logged once and turns into misses.
/// </summary>
public sealed class LiteDbAnswerCache(ChatBotDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<LiteDbAnswerCache> logger) : IAnswerCache
{
    private const string Collection = "answers";
    private readonly ConcurrentDictionary<string, (AnswerResult Answer, DateTimeOffset Expires)> memory = new(StringComparer.Ordinal);
    private int warned;

    public ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (memory.TryGetValue(key.Id, out var hot) && hot.Expires > now)
        {
            return ValueTask.FromResult<AnswerResult?>(hot.Answer);
        }

        var stored = Guard(() => Answers()?.FindById(key.Id) is { } found && found.ExpiresAt > now.UtcDateTime
            ? (Answer: StoredJson.Read<AnswerResult>(found.Json), found.ExpiresAt)
            : default);
        if (stored.Answer is { } answer)
        {
            Remember(key, answer, new DateTimeOffset(DateTime.SpecifyKind(stored.ExpiresAt, DateTimeKind.Utc)));
        }

        return ValueTask.FromResult(stored.Answer);
    }

    public ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
    {
        var document = Keep(key, answer);
        Guard(() => Answers()?.Upsert(document));
        return ValueTask.CompletedTask;
    }

    /// <summary>Keeps the answer in the memory front and returns its document, for a caller that writes it (<see cref="LiteDbAnswerRecords"/>).</summary>
    internal CachedAnswer Keep(AnswerCacheKey key, AnswerResult answer)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.CacheTimeToLive;
        Remember(key, answer, expires);
        return new CachedAnswer
        {
            Id = key.Id,
            Fingerprint = key.Fingerprint,
            EngineVersion = key.EngineVersion,
            Question = key.NormalizedQuestion,
            Json = StoredJson.Write(answer with { Cached = false, ElapsedMs = 0 }),
            CreatedAt = now.UtcDateTime,
            ExpiresAt = expires.UtcDateTime,
        };
    }

    internal static ILiteCollection<CachedAnswer> Answers(LiteDatabase db)
    {
        var collection = db.GetCollection<CachedAnswer>(Collection);
        collection.EnsureIndex(a => a.Fingerprint);
        return collection;
    }

    /// <summary>Logged once: the cache misses from then on, which is all a user notices.</summary>
    internal void WarnUnavailable(string reason)
    {
        if (Interlocked.Exchange(ref warned, 1) == 0)
        {
            logger.LogWarning("Answer cache unavailable ({Path}): {Reason}", database.Path, reason);
        }
    }

    public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default)
    {
        memory.Clear();

        var now = time.GetUtcNow().UtcDateTime;
        var version = Core.Text.EngineInfo.Version;
        var removed = Guard(() => Answers()?.DeleteMany(a => a.Fingerprint != currentFingerprint || a.EngineVersion != version || a.ExpiresAt <= now)) ?? 0;
        return ValueTask.FromResult(removed);
    }

    private ILiteCollection<CachedAnswer>? Answers() => database.Database is { } db ? Answers(db) : null;

    private void Remember(AnswerCacheKey key, AnswerResult answer, DateTimeOffset expires)
    {
        if (memory.Count >= options.Value.MemoryCacheEntries)
        {
            memory.Clear();
        }

        memory[key.Id] = (answer with { Cached = false, ElapsedMs = 0 }, expires);
    }

    private T? Guard<T>(Func<T?> action)
    {
        return StorageGuard.Run(database, action, e =>
        {
            WarnUnavailable(e.Message.Split('\n')[0]);
            return default;
        });
    }
}
