using System.Threading.RateLimiting;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Per-user, per-channel and global token buckets (System.Threading.RateLimiting). A refused request gets Core's
/// polite reply (<see cref="RateLimitReplies"/>) saying how long to wait. The user's bucket is checked first, so one busy person
/// does not use up the whole channel, and the global one last, so many users in many channels cannot flood the bot.
/// Button presses and votes have a per-user bucket of their own: showing quotes or voting never costs a question.
/// </summary>
internal sealed class RequestGate : IRequestGate, IDisposable
{
    private readonly PartitionedRateLimiter<string> users;
    private readonly PartitionedRateLimiter<string> channels;
    private readonly PartitionedRateLimiter<string> presses;
    private readonly RateLimiter everyone;

    public RequestGate(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        var o = options.Value;
        users = Buckets(o.UserBurst, o.UserPerMinute);
        channels = Buckets(o.ChannelBurst, o.ChannelPerMinute);
        presses = Buckets(o.PressBurst, o.PressPerMinute);
        everyone = new TokenBucketRateLimiter(Bucket(o.GlobalBurst, o.GlobalPerMinute));
    }

    public ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default)
    {
        using var user = users.AttemptAcquire($"{platform}:{userId}");
        if (!user.IsAcquired)
        {
            return ValueTask.FromResult<GateRefusal?>(Refuse("user", user));
        }

        using var channel = channels.AttemptAcquire($"{platform}:{channelId}");
        if (!channel.IsAcquired)
        {
            return ValueTask.FromResult<GateRefusal?>(Refuse("channel", channel));
        }

        using var global = everyone.AttemptAcquire();
        return ValueTask.FromResult(global.IsAcquired ? null : Refuse("global", global));
    }

    public ValueTask<GateRefusal?> CheckPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default)
    {
        using var press = presses.AttemptAcquire($"{platform}:{userId}");
        if (!press.IsAcquired)
        {
            return ValueTask.FromResult<GateRefusal?>(Refuse("press", press));
        }

        using var global = everyone.AttemptAcquire();
        return ValueTask.FromResult(global.IsAcquired ? null : Refuse("global", global));
    }

    public void Dispose()
    {
        users.Dispose();
        channels.Dispose();
        presses.Dispose();
        everyone.Dispose();
    }

    private static GateRefusal Refuse(string scope, RateLimitLease lease) =>
        RateLimitReplies.Refuse(scope, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);

    private static PartitionedRateLimiter<string> Buckets(int burst, int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(burst, perMinute)));

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perMinute) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
