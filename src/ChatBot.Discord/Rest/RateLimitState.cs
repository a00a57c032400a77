using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Rate-limit knowledge shared by every handler instance (the HTTP client factory rotates handlers): route → bucket,
/// exhausted buckets, the global 429 pause, and the bot's 50 requests per second.
/// </summary>
internal sealed class RateLimitState : IDisposable
{
    public ConcurrentDictionary<string, string> BucketOfRoute { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, DateTimeOffset> ExhaustedUntil { get; } = new(StringComparer.Ordinal);

    public RateLimiter GlobalLimit { get; } = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 50,
        TokensPerPeriod = 50,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public DateTimeOffset GlobalUntil { get; set; } = DateTimeOffset.MinValue;

    public void Dispose() => GlobalLimit.Dispose();
}
