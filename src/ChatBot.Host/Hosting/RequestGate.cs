using System.Threading.RateLimiting;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Per-user and per-channel token buckets (System.Threading.RateLimiting). A refused request gets a polite
/// ephemeral reply saying how long to wait — never silence. The user's bucket is checked first, so one busy
/// person does not use up the whole channel.
/// </summary>
internal sealed class RequestGate : IRequestGate, IDisposable
{
    private readonly PartitionedRateLimiter<string> users;
    private readonly PartitionedRateLimiter<string> channels;

    public RequestGate(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        var o = options.Value;
        users = Buckets(o.UserBurst, o.UserPerMinute);
        channels = Buckets(o.ChannelBurst, o.ChannelPerMinute);
    }

    public ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default)
    {
        using var user = users.AttemptAcquire($"{platform}:{userId}");
        if (!user.IsAcquired)
        {
            return ValueTask.FromResult<GateRefusal?>(Refuse("user", user, "You're sending questions faster than I can answer them."));
        }

        using var channel = channels.AttemptAcquire($"{platform}:{channelId}");
        return ValueTask.FromResult(channel.IsAcquired ? null : Refuse("channel", channel, "This channel is asking a lot of questions right now."));
    }

    public void Dispose()
    {
        users.Dispose();
        channels.Dispose();
    }

    private static GateRefusal Refuse(string scope, RateLimitLease lease, string why)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 10;
        var reply = new Reply { Kind = ReplyKind.RateLimited, Body = $"{why} Please wait about {wait} second{(wait == 1 ? "" : "s")} and try again." };
        return new GateRefusal(scope, reply);
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
