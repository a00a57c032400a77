using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ChatBot.Ingest.Fetching;

/// <summary>
/// At most one request per <see cref="IngestOptions.MinIntervalPerHost"/> to each host: a one-permit window per host
/// that does not replenish on its own (its own timer would use the real clock) but is reset by a
/// <see cref="TimeProvider"/> timer an interval after each permit is taken, so the spacing holds exactly and tests
/// drive it with a fake clock.
/// </summary>
public sealed class HostRateLimiter(IngestOptions options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, FixedWindowRateLimiter> buckets = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<ITimer> timers = [];

    public async Task WaitTurnAsync(string host, CancellationToken cancellationToken = default)
    {
        var interval = options.MinIntervalPerHost;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var bucket = buckets.GetOrAdd(host, _ => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            // TryReplenish still checks the window against the real clock; the smallest window leaves the spacing
            // to the TimeProvider timer below.
            Window = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
            QueueLimit = 64,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        using var lease = await bucket.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new IngestException($"too many requests waiting for {host}; try again later");
        }

        ITimer? timer = null;
        timer = time.CreateTimer(_ =>
        {
            bucket.TryReplenish();
            timer?.Dispose();
        }, null, interval, Timeout.InfiniteTimeSpan);
        timers.Add(timer);
    }

    public void Dispose()
    {
        foreach (var timer in timers)
        {
            timer.Dispose();
        }

        foreach (var bucket in buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
