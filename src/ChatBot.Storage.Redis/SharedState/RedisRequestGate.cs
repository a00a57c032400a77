using ChatBot.Core;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// The rate limits of <see cref="RequestGate"/> (same <see cref="RateLimitOptions"/>, same order, same replies) with
/// the buckets in Redis, so a user's limit holds across replicas. When Redis cannot be asked, the replica's own gate
/// (the one this decorates) decides: limits per replica for the outage, never a refusal or an error because of it.
/// The turns (admission control) stay each replica's own: a go-ahead from Redis still takes the local gate's turn. The
/// channel allow-lists are configuration, the same on every replica: the local gate decides them first, as it would alone.
/// <para>
/// Time is the app's <see cref="TimeProvider"/>, passed to the script, not Redis's <c>TIME</c>: the local fallback
/// counts by the same clock, tests drive both with a fake clock, and the replicas' clocks (NTP-synchronised, to the
/// millisecond) are good enough for buckets that refill in seconds — the script never refills on a clock that is behind.
/// </para>
/// </summary>
public sealed class RedisRequestGate(IRequestGate local, RedisFallback redis, IOptions<RateLimitOptions> options, TimeProvider time) : IRequestGate
{
    private static readonly string[] QuestionScopes = ["user", "channel", "global"];
    private static readonly string[] PressScopes = ["press", "global"];

    private readonly RateLimitOptions limits = options.Value;

    public async ValueTask<Admission> AdmitAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var (platform, userId, channelId) = (request.Platform, request.User.Id, request.ChannelId);
        if (local.RefuseChannel(platform, channelId, request.IsDirectMessage) is { } notHere)
        {
            return Admission.Refused(notHere);
        }

        if (!limits.Enabled)
        {
            return await local.EnterAsync(cancellationToken).ConfigureAwait(false);
        }

        RedisKey[] keys = [Key($"user:{platform}:{userId}"), Key($"channel:{platform}:{channelId}"), Key("global")];
        RedisValue[] values = [Now(), .. Bucket(limits.UserBurst, limits.UserPerMinute), .. Bucket(limits.ChannelBurst, limits.ChannelPerMinute), .. Bucket(limits.GlobalBurst, limits.GlobalPerMinute)];
        return await TakeAsync(keys, values, QuestionScopes, cancellationToken).ConfigureAwait(false) is { } shared
            ? await DecidedAsync(shared, cancellationToken).ConfigureAwait(false)
            : await local.AdmitAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Admission> AdmitPressAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        var (platform, userId) = (request.Platform, request.User.Id);
        if (local.RefuseChannel(platform, request.ChannelId, request.IsDirectMessage) is { } notHere)
        {
            return Admission.Refused(notHere);
        }

        if (!limits.Enabled)
        {
            return await local.EnterAsync(cancellationToken).ConfigureAwait(false);
        }

        RedisKey[] keys = [Key($"press:{platform}:{userId}"), Key("global")];
        RedisValue[] values = [Now(), .. Bucket(limits.PressBurst, limits.PressPerMinute), .. Bucket(limits.GlobalBurst, limits.GlobalPerMinute)];
        return await TakeAsync(keys, values, PressScopes, cancellationToken).ConfigureAwait(false) is { } shared
            ? await DecidedAsync(shared, cancellationToken).ConfigureAwait(false)
            : await local.AdmitPressAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The allow-lists are configuration, the same on every replica: the local gate's.</summary>
    public GateRefusal? RefuseChannel(ChatPlatform platform, string channelId, bool isDirectMessage) => local.RefuseChannel(platform, channelId, isDirectMessage);

    /// <summary>The turns are the replica's own: only the rate limits are shared (none when they are turned off, as the local gate has none then).</summary>
    public ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default) => local.EnterAsync(cancellationToken);

    // Redis has decided the rate limits: a refusal stands; a go-ahead still needs this replica's turn.
    private ValueTask<Admission> DecidedAsync(Decision shared, CancellationToken cancellationToken) =>
        shared.Refusal is { } refusal ? ValueTask.FromResult(Admission.Refused(refusal)) : local.EnterAsync(cancellationToken);

    /// <summary>The shared decision, or null when Redis could not be asked.</summary>
    private async Task<Decision?> TakeAsync(RedisKey[] keys, RedisValue[] values, string[] scopes, CancellationToken cancellationToken)
    {
        // ScriptEvaluateAsync sends EVALSHA once the script is known to the server (EVAL only the first time).
        var result = await redis.RunAsync<RedisResult?>("rate_limits", async db => (RedisResult?)await db.ScriptEvaluateAsync(TokenBucketScript.Source, keys, values).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var reply = (RedisResult[])result!;
        var refused = (int)reply[0];
        return refused == 0
            ? new Decision(null)
            : new Decision(RateLimitReplies.Refuse(scopes[refused - 1], TimeSpan.FromMilliseconds((long)reply[1])));
    }

    private RedisKey Key(string bucket) => redis.Connection.Key("rate:" + bucket);

    private RedisValue Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static RedisValue[] Bucket(int burst, int perMinute) => [Math.Max(1, burst), 60_000.0 / Math.Max(1, perMinute)];

    private sealed record Decision(GateRefusal? Refusal);
}
