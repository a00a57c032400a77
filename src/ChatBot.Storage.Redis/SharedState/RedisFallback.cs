using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// Runs one shared-state command against Redis, or says it could not, so the caller uses its replica-local fallback.
/// A short circuit breaker: after a failure, Redis is not asked again for <see cref="RedisSharedStateOptions.RetryAfter"/>
/// (by the injected clock), then one request probes it — so an outage costs one timeout per interval, not one per
/// request. The outage is logged once when it starts and once when it ends; every fallback is counted
/// (<c>chatbot.redis.fallbacks</c>, tagged by use).
/// </summary>
public sealed partial class RedisFallback
{
    private readonly RedisConnection connection;
    private readonly TimeProvider time;
    private readonly ILogger<RedisFallback> logger;
    private readonly long retryAfterTicks;
    private readonly Counter<long>? fallbacks;
    private long retryAtTicks;
    private int down;

    public RedisFallback(RedisConnection connection, IOptions<RedisSharedStateOptions> options, TimeProvider time, ILogger<RedisFallback> logger, IMeterFactory? meters = null)
    {
        this.connection = connection;
        this.time = time;
        this.logger = logger;
        retryAfterTicks = options.Value.RetryAfter.Ticks;
        fallbacks = meters?.Create(Core.Commands.BotMetrics.MeterName)
            .CreateCounter<long>("chatbot.redis.fallbacks", description: "Shared-state operations answered by the replica-local fallback because Redis was unreachable");
    }

    public RedisConnection Connection => connection;

    /// <summary>True from a failed command until one succeeds again.</summary>
    public bool IsDown => Volatile.Read(ref down) == 1;

    /// <summary>
    /// The command's result, or <paramref name="unavailable"/> when Redis cannot be asked now (a recent failure) or the
    /// command fails (connection lost, timeout, server error). Never throws for Redis trouble; cancellation still does.
    /// </summary>
    public async ValueTask<T> RunAsync<T>(string use, Func<IDatabase, Task<T>> command, T unavailable, CancellationToken cancellationToken = default)
    {
        if (!ShouldTry())
        {
            fallbacks?.Add(1, new KeyValuePair<string, object?>("use", use));
            return unavailable;
        }

        try
        {
            var database = await connection.DatabaseAsync(cancellationToken).ConfigureAwait(false);
            var result = await command(database).WaitAsync(cancellationToken).ConfigureAwait(false);
            Succeeded();
            return result;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException && !cancellationToken.IsCancellationRequested)
        {
            Failed(use, e);
            return unavailable;
        }
    }

    private bool ShouldTry()
    {
        var retryAt = Interlocked.Read(ref retryAtTicks);
        if (retryAt == 0)
        {
            return true;
        }

        // Once the pause is over, exactly one caller probes; the others keep falling back until it succeeds.
        var now = time.GetUtcNow().UtcTicks;
        return now >= retryAt && Interlocked.CompareExchange(ref retryAtTicks, now + retryAfterTicks, retryAt) == retryAt;
    }

    private void Succeeded()
    {
        Interlocked.Exchange(ref retryAtTicks, 0);
        if (Interlocked.Exchange(ref down, 0) == 1)
        {
            LogRestored(logger);
        }
    }

    private void Failed(string use, Exception e)
    {
        Interlocked.Exchange(ref retryAtTicks, time.GetUtcNow().UtcTicks + retryAfterTicks);
        fallbacks?.Add(1, new KeyValuePair<string, object?>("use", use));
        if (Interlocked.Exchange(ref down, 1) == 0)
        {
            LogLost(logger, use, e.GetType().Name, e.Message.Split('\n')[0]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unreachable ({Use}: {Kind}: {Reason}); rate limits, de-duplication and the answer cache are per replica until it returns")]
    private static partial void LogLost(ILogger logger, string use, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis reachable again; rate limits, de-duplication and the answer cache are shared again")]
    private static partial void LogRestored(ILogger logger);
}
