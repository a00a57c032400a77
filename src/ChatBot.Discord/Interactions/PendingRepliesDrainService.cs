using ChatBot.Discord.Configuration;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>On shutdown, gives deferred answers and @mention replies a bounded time to be delivered.</summary>
internal sealed partial class PendingRepliesDrainService(DiscordPendingReplies pending, IOptions<DiscordOptions> options, ILogger<PendingRepliesDrainService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var count = pending.Count;
        if (count == 0)
        {
            return;
        }

        LogWaiting(count);
        if (!await pending.WaitForPendingAsync(options.Value.ShutdownGracePeriod, cancellationToken))
        {
            LogGaveUp(pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for {Count} Discord replies still being delivered")]
    private partial void LogWaiting(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped with {Count} Discord replies undelivered after the grace period")]
    private partial void LogGaveUp(int count);
}
