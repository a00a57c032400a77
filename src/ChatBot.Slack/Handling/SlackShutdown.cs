using ChatBot.Core.Delivery;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>On shutdown, gives answers still in flight <see cref="ShutdownOptions.AnswerGracePeriod"/> to be delivered (see <see cref="ReplyRunner.ShutdownAsync"/>).</summary>
internal sealed class SlackShutdown(ReplyRunner runner, IOptions<ShutdownOptions> options, ILogger<SlackShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (runner.Pending > 0 && !await runner.ShutdownAsync(options.Value.AnswerGracePeriod, cancellationToken).ConfigureAwait(false))
        {
            SlackLog.ShutdownAbandoned(logger, runner.Pending);
        }
    }
}
