using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Commands;

/// <summary>
/// The one admission step before a handler runs: the channel allow-list, the rate limits, then a turn.
/// <para>
/// Channels: each platform's adapter registers its <see cref="ChannelAllowList"/>; outside it every command, button and
/// mention gets the polite refusal before it costs a token or waits for a turn. One rule for both platforms, in the
/// place that already answers "may this request run".
/// </para>
/// <para>
/// Rate limits: per-user, per-channel and global token buckets. A refused request gets Core's polite reply
/// (<see cref="RateLimitReplies"/>) saying how long to wait. The user's bucket is checked first, so one busy person
/// does not use up the whole channel, and the global one last, so many users in many channels cannot flood the bot.
/// Button presses and votes have a per-user bucket of their own: showing quotes or voting never costs a question.
/// The buckets refill by the injected <see cref="TimeProvider"/>, so a test can move time instead of waiting for it.
/// </para>
/// <para>
/// Turns: at most <see cref="AdmissionOptions.MaxConcurrent"/> commands are worked on at once; the rest wait for a
/// turn in order, at most <see cref="AdmissionOptions.QueueLimit"/> of them and each for at most
/// <see cref="AdmissionOptions.QueueTimeout"/>. Under a burst the answers (CPU work) then do not all run at once, so the
/// thread pool stays free to read requests and send first responses on time, and the runner defers whatever waits past
/// its inline budget: a wait costs the user an answer that comes a little later, never a missed 3 seconds.
/// </para>
/// Either part is off when its options are null (configuration <c>Enabled: false</c>).
/// </summary>
public sealed class RequestGate : IRequestGate, IDisposable
{
    public static readonly Reply BusyReply = new()
    {
        Kind = ReplyKind.RateLimited,
        Body = "The bot is very busy right now and could not get to your request. Please ask again in a minute.",
    };

    private const string Everyone = "";

    private readonly TokenBuckets? users;
    private readonly TokenBuckets? channels;
    private readonly TokenBuckets? presses;
    private readonly TokenBuckets? everyone;
    private readonly SemaphoreSlim? turns;
    private readonly AdmissionOptions? admission;
    private readonly TimeProvider time;
    private readonly Dictionary<ChatPlatform, (HashSet<string> Channels, bool DirectMessages)> allowLists = [];
    private int waiting;

    public RequestGate(IOptions<RateLimitOptions>? limits, TimeProvider time, AdmissionOptions? admission = null, IEnumerable<ChannelAllowList>? allowLists = null)
    {
        this.time = time;
        this.admission = admission;
        foreach (var list in allowLists ?? [])
        {
            this.allowLists[list.Platform] = (new HashSet<string>(list.ChannelIds, StringComparer.Ordinal), list.AllowDirectMessages);
        }

        if (limits?.Value is { } options)
        {
            users = new(options.UserBurst, options.UserPerMinute, time);
            channels = new(options.ChannelBurst, options.ChannelPerMinute, time);
            presses = new(options.PressBurst, options.PressPerMinute, time);
            everyone = new(options.GlobalBurst, options.GlobalPerMinute, time);
        }

        if (admission is not null)
        {
            Capacity = admission.EffectiveMaxConcurrent;
            turns = new SemaphoreSlim(Capacity, Capacity);
        }
    }

    /// <summary>Commands worked on at once (0 when turns are off).</summary>
    public int Capacity { get; }

    /// <summary>Commands waiting for a turn right now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public ValueTask<Admission> AdmitAsync(CommandRequest request, CancellationToken cancellationToken = default) =>
        (RefuseChannel(request.Platform, request.ChannelId, request.IsDirectMessage) ?? Limit(request.Platform, request.User.Id, request.ChannelId)) is { } refusal
            ? ValueTask.FromResult(Admission.Refused(refusal))
            : EnterAsync(cancellationToken);

    public ValueTask<Admission> AdmitPressAsync(ComponentRequest request, CancellationToken cancellationToken = default) =>
        (RefuseChannel(request.Platform, request.ChannelId, request.IsDirectMessage) ?? LimitPress(request.Platform, request.User.Id)) is { } refusal
            ? ValueTask.FromResult(Admission.Refused(refusal))
            : EnterAsync(cancellationToken);

    /// <summary>An empty or missing list allows every channel; with a list, direct messages pass unless turned off.</summary>
    public GateRefusal? RefuseChannel(ChatPlatform platform, string channelId, bool isDirectMessage) =>
        !allowLists.TryGetValue(platform, out var list) || list.Channels.Count == 0 || list.Channels.Contains(channelId) || (isDirectMessage && list.DirectMessages)
            ? null
            : NotHere;

    /// <summary>A turn, to be disposed when the work is done; refused ("queue") when the queue is full or the wait ran out.</summary>
    public async ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default)
    {
        if (turns is null || admission is null)
        {
            return Admission.Admitted(null);
        }

        // SemaphoreSlim hands a released turn to the longest waiter, so this cannot overtake anyone in the queue.
        if (turns.Wait(0, CancellationToken.None))
        {
            return Admission.Admitted(new Turn(turns));
        }

        if (Interlocked.Increment(ref waiting) > admission.QueueLimit)
        {
            Interlocked.Decrement(ref waiting);
            return Busy;
        }

        try
        {
            using var deadline = new CancellationTokenSource(admission.QueueTimeout, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            await turns.WaitAsync(either.Token).ConfigureAwait(false);
            return Admission.Admitted(new Turn(turns));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Busy;
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    public void Dispose() => turns?.Dispose();

    private static Admission Busy => Admission.Refused(new GateRefusal("queue", BusyReply));

    private static GateRefusal NotHere { get; } = new(ChannelAllowList.Scope, ChannelAllowList.Refusal);

    private GateRefusal? Limit(ChatPlatform platform, string userId, string channelId)
    {
        if (users?.TryTake($"{platform}:{userId}") is { } userWait)
        {
            return RateLimitReplies.Refuse("user", userWait);
        }

        if (channels?.TryTake($"{platform}:{channelId}") is { } channelWait)
        {
            return RateLimitReplies.Refuse("channel", channelWait);
        }

        return everyone?.TryTake(Everyone) is { } wait ? RateLimitReplies.Refuse("global", wait) : null;
    }

    private GateRefusal? LimitPress(ChatPlatform platform, string userId)
    {
        if (presses?.TryTake($"{platform}:{userId}") is { } pressWait)
        {
            return RateLimitReplies.Refuse("press", pressWait);
        }

        return everyone?.TryTake(Everyone) is { } wait ? RateLimitReplies.Refuse("global", wait) : null;
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turns.Release();
            }
        }
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
