using ChatBot.Core.Delivery;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>On shutdown, gives deferred answers and @mention replies a bounded time to be delivered (see <see cref="ReplyRunner.ShutdownAsync"/>).</summary>
internal sealed partial class PendingRepliesDrainService(ReplyRunner runner, IOptions<ShutdownOptions> options, ILogger<PendingRepliesDrainService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var count = runner.Pending;
        if (count == 0)
        {
            return;
        }

        LogWaiting(count);
        if (!await runner.ShutdownAsync(options.Value.AnswerGracePeriod, cancellationToken))
        {
            LogGaveUp(runner.Pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for {Count} replies still being delivered")]
    private partial void LogWaiting(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped with {Count} replies undelivered after the grace period")]
    private partial void LogGaveUp(int count);
}
