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
                var configuration = Configure(Options.ConnectionString!);
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

    /// <summary>
    /// The client's settings for a connection string. StackExchange.Redis waits 5 s by default; the bot would rather fall
    /// back after 1 s (2 s to connect), so those are the defaults here — but a timeout the operator wrote into the
    /// connection string is theirs and is kept as written, longer or shorter.
    /// </summary>
    public static ConfigurationOptions Configure(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "chatbot";
        var named = NamedOptions(connectionString);
        if (!named.Contains("connectTimeout"))
        {
            configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2000);
        }

        if (!named.Contains("syncTimeout"))
        {
            configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, 1000);
        }

        if (!named.Contains("asyncTimeout"))
        {
            // The client's own default follows the sync timeout, so an operator's syncTimeout alone sets both.
            configuration.AsyncTimeout = named.Contains("syncTimeout") ? configuration.SyncTimeout : Math.Min(configuration.AsyncTimeout, 1000);
        }

        return configuration;
    }

    /// <summary>The option names a connection string sets (its <c>name=value</c> parts; bare parts are endpoints).</summary>
    private static HashSet<string> NamedOptions(string connectionString)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
            {
                names.Add(part[..equals].Trim());
            }
        }

        return names;
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
