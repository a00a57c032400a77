using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Commands;

/// <summary>
/// Per-user, per-channel and global token buckets. A refused request gets Core's
/// polite reply (<see cref="RateLimitReplies"/>) saying how long to wait. The user's bucket is checked first, so one busy person
/// does not use up the whole channel, and the global one last, so many users in many channels cannot flood the bot.
/// Button presses and votes have a per-user bucket of their own: showing quotes or voting never costs a question.
/// The buckets refill by the injected <see cref="TimeProvider"/>, so a test can move time instead of waiting for it.
/// </summary>
public sealed class RequestGate(IOptions<RateLimitOptions> options, TimeProvider time) : IRequestGate
{
    private const string Everyone = "";

    private readonly TokenBuckets users = new(options.Value.UserBurst, options.Value.UserPerMinute, time);
    private readonly TokenBuckets channels = new(options.Value.ChannelBurst, options.Value.ChannelPerMinute, time);
    private readonly TokenBuckets presses = new(options.Value.PressBurst, options.Value.PressPerMinute, time);
    private readonly TokenBuckets everyone = new(options.Value.GlobalBurst, options.Value.GlobalPerMinute, time);

    public ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default)
    {
        if (users.TryTake($"{platform}:{userId}") is { } userWait)
        {
            return ValueTask.FromResult<GateRefusal?>(RateLimitReplies.Refuse("user", userWait));
        }

        if (channels.TryTake($"{platform}:{channelId}") is { } channelWait)
        {
            return ValueTask.FromResult<GateRefusal?>(RateLimitReplies.Refuse("channel", channelWait));
        }

        return ValueTask.FromResult(everyone.TryTake(Everyone) is { } wait ? RateLimitReplies.Refuse("global", wait) : null);
    }

    public ValueTask<GateRefusal?> CheckPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default)
    {
        if (presses.TryTake($"{platform}:{userId}") is { } pressWait)
        {
            return ValueTask.FromResult<GateRefusal?>(RateLimitReplies.Refuse("press", pressWait));
        }

        return ValueTask.FromResult(everyone.TryTake(Everyone) is { } wait ? RateLimitReplies.Refuse("global", wait) : null);
    }

    /// <summary>
    /// One token bucket per key: <c>burst</c> tokens at most, one more every 60/<c>perMinute</c> seconds. A full bucket
    /// is the same as a new one, so full buckets are dropped when there are many, as idle partitions were before.
    /// </summary>
    private sealed class TokenBuckets(int burst, int perMinute, TimeProvider time)
    {
        private const int SweepAbove = 10_000;

        private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
        private readonly double limit = Math.Max(1, burst);
        private readonly TimeSpan period = TimeSpan.FromSeconds(60.0 / Math.Max(1, perMinute));

        /// <summary>Null when a token was taken; otherwise how long until the next one.</summary>
        public TimeSpan? TryTake(string key)
        {
            var now = time.GetTimestamp();
            if (buckets.Count > SweepAbove)
            {
                Sweep(now);
            }

            var bucket = buckets.GetOrAdd(key, _ => new Bucket(limit, now));
            lock (bucket)
            {
                Refill(bucket, now);
                if (bucket.Tokens >= 1)
                {
                    bucket.Tokens -= 1;
                    return null;
                }

                return period * (1 - bucket.Tokens);
            }
        }

        private void Refill(Bucket bucket, long now)
        {
            var elapsed = time.GetElapsedTime(bucket.Since, now);
            if (elapsed > TimeSpan.Zero)
            {
                bucket.Tokens = Math.Min(limit, bucket.Tokens + (elapsed / period));
                bucket.Since = now;
            }
        }

        private void Sweep(long now)
        {
            foreach (var (key, bucket) in buckets)
            {
                lock (bucket)
                {
                    Refill(bucket, now);
                    if (bucket.Tokens >= limit)
                    {
                        buckets.TryRemove(key, out _);
                    }
                }
            }
        }

        private sealed class Bucket(double tokens, long since)
        {
            public double Tokens { get; set; } = tokens;

            public long Since { get; set; } = since;
        }
    }
}
