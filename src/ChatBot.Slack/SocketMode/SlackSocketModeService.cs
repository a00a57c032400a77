using System.Net.WebSockets;

using ChatBot.Slack.Configuration;
using ChatBot.Slack.Handling;
using ChatBot.Slack.Security;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.SocketMode;

/// <summary>
/// Socket Mode: asks apps.connections.open for a fresh URL, keeps one WebSocket open, and opens a new one whenever
/// Slack asks to disconnect (refresh, warning) or the connection drops; failures back off up to 30 seconds.
/// </summary>
public sealed class SlackSocketModeService(IServiceScopeFactory scopes, SlackReplayGuard replays, IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackSocketModeService> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How many connections have been opened (tests watch reconnects with it).</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || options.Value.Mode != SlackMode.Socket)
        {
            return;
        }

        var router = new SocketEnvelopeRouter(scopes, replays);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var socket = await ConnectAsync(stoppingToken).ConfigureAwait(false);
                Connections++;
                failures = 0;
                await new SocketModeConnection(socket, router, timeProvider, logger).RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is WebSocketException or SlackApiException or HttpRequestException or InvalidDataException or UriFormatException)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1)));
                SlackLog.SocketFailed(logger, delay, exception);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<ClientWebSocket> ConnectAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(opened.Url ?? throw new SlackApiException("apps.connections.open", "no_url")), cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
