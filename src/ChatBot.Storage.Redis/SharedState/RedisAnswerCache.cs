using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Answers;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// A second cache level shared by the replicas: the replica's own cache (LiteDB or memory) first, then Redis, where
/// an answer is kept as JSON under its <see cref="AnswerCacheKey.Id"/> (a hash of the question, the corpus fingerprint
/// and the engine version, so another corpus never hits it) for <see cref="RedisSharedStateOptions.AnswerCacheTtl"/>.
/// A Redis hit is copied into the local cache. Redis trouble is a miss. Old fingerprints are not pruned in Redis: their
/// keys are never asked for again and expire on their own.
/// <para>
/// Hand-written rather than HybridCache: the local level already exists (with its own persistence and pruning), and a
/// decorator of the Core interface keeps the fallback and the breaker the same as the other shared stores.
/// </para>
/// </summary>
public sealed class RedisAnswerCache(IAnswerCache local, RedisFallback redis, IOptions<RedisSharedStateOptions> options) : IAnswerCache
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default)
    {
        if (await local.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            return hit;
        }

        var redisKey = Key(key);
        var stored = await redis.RunAsync("answer_cache", db => db.StringGetAsync(redisKey), RedisValue.Null, cancellationToken).ConfigureAwait(false);
        if (stored.IsNullOrEmpty || Read(stored!) is not { } shared)
        {
            return null;
        }

        await local.SetAsync(key, shared, cancellationToken).ConfigureAwait(false);
        return shared;
    }

    public async ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
    {
        await local.SetAsync(key, answer, cancellationToken).ConfigureAwait(false);
        await ShareAsync(key, answer, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default) =>
        local.PruneAsync(currentFingerprint, cancellationToken);

    /// <summary>Puts the answer in Redis only (the local level has it already: <see cref="RedisAnswerRecords"/>).</summary>
    internal async ValueTask ShareAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
    {
        var redisKey = Key(key);
        var json = JsonSerializer.Serialize(answer with { Cached = false, ElapsedMs = 0 }, Json);
        var ttl = options.Value.AnswerCacheTtl;
        await redis.RunAsync("answer_cache", db => db.StringSetAsync(redisKey, json, ttl), false, cancellationToken).ConfigureAwait(false);
    }

    private RedisKey Key(AnswerCacheKey key) => redis.Connection.Key("answer:" + key.Id);

    // Written by another version of the bot (a rolling deploy): its shape may differ; a miss, not an error.
    private static AnswerResult? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AnswerResult>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
