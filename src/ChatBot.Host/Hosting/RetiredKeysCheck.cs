namespace ChatBot.Host.Hosting;

/// <summary>
/// Says at start-up, one line per key, when the configuration still sets a key that is no longer read: the operator
/// would otherwise believe a setting is in force that the host ignores.
/// </summary>
internal sealed partial class RetiredKeysCheck(IConfiguration configuration, ILogger<RetiredKeysCheck> logger) : IHostedService
{
    /// <summary>Each retired key and the one that replaced it.</summary>
    public static readonly IReadOnlyList<(string Key, string Replacement)> Retired =
    [
        ("ChatBot:Discord:ShutdownGracePeriod", "ChatBot:ShutdownTimeout"),
        ("ChatBot:Slack:ShutdownTimeout", "ChatBot:ShutdownTimeout"),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, replacement) in Retired)
        {
            if (configuration[key] is not null)
            {
                LogRetired(key, replacement);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "{Key} is no longer read and has no effect: set {Replacement} instead (one shutdown timeout for the host and every platform)")]
    private partial void LogRetired(string key, string replacement);
}
