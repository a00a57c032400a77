using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>
/// The one multiplexer a process shares (StackExchange.Redis is built for exactly one). It connects on first use and,
/// with <c>AbortOnConnectFail</c> off, keeps reconnecting in the background: while Redis is down a command fails fast
/// with <see cref="RedisException"/> and the caller falls back (a cache miss, a local check) instead of waiting.
/// </summary>
public sealed partial class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ConnectionMultiplexer? multiplexer;

    public RedisOptions Options { get; } = options.Value;

    /// <summary>The key under this bot's prefix.</summary>
    public RedisKey Key(string name) => Options.KeyPrefix + name;

    public async ValueTask<IDatabase> DatabaseAsync(CancellationToken cancellationToken = default) =>
        (await ConnectAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();

    public async ValueTask<ISubscriber> SubscriberAsync(CancellationToken cancellationToken = default) =>
        (await ConnectAsync(cancellationToken).ConfigureAwait(false)).GetSubscriber();

    /// <summary>True when the multiplexer has a live connection now (for readiness reports).</summary>
    public bool IsConnected => multiplexer?.IsConnected ?? false;

    public async ValueTask<IConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (multiplexer is { } connected)
        {
            return connected;
        }

        if (!Options.IsConfigured)
        {
            throw new InvalidOperationException("Redis is not configured (ConnectionStrings:Redis is empty).");
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (multiplexer is null)
            {
                var configuration = ConfigurationOptions.Parse(Options.ConnectionString!);
                configuration.AbortOnConnectFail = false;
                configuration.ClientName ??= "chatbot";
                configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
                configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 1000);
                configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, 1000);
                multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
                multiplexer.ConnectionFailed += (_, e) => LogConnectionFailed(logger, e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
                multiplexer.ConnectionRestored += (_, e) => LogConnectionRestored(logger, e.EndPoint?.ToString() ?? "?");
            }

            return multiplexer;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (multiplexer is { } connected)
        {
            await connected.CloseAsync().ConfigureAwait(false);
            connected.Dispose();
        }

        gate.Dispose();
    }

    // A container disposed synchronously (the CLI's) must not find an async-only singleton.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} lost ({Failure}); shared state falls back until it returns")]
    private static partial void LogConnectionFailed(ILogger logger, string endPoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored")]
    private static partial void LogConnectionRestored(ILogger logger, string endPoint);
}
