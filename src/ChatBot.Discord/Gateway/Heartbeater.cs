using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Sends a heartbeat after interval × jitter, then every interval. Returns when an interval passes without an ACK
/// (a zombie connection), so the client can reconnect and resume.
/// </summary>
internal sealed partial class Heartbeater(GatewayConnection connection, GatewaySession session, TimeSpan interval, double jitter, TimeProvider time, ILogger logger)
{
    private volatile bool acknowledged = true;

    public void Acknowledge() => acknowledged = true;

    public Task BeatNowAsync(CancellationToken cancellationToken = default) =>
        connection.SendAsync(GatewayCommands.Heartbeat(session.Sequence), cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // The timer exists before anything is sent, so a test clock can be advanced as soon as a send is seen.
        var next = Task.Delay(interval * Math.Clamp(jitter, 0, 1), time, cancellationToken);
        while (true)
        {
            await next;
            if (!acknowledged)
            {
                LogZombie(interval.TotalMilliseconds);
                return;
            }

            acknowledged = false;
            next = Task.Delay(interval, time, cancellationToken);
            await BeatNowAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK from the Discord gateway within {IntervalMs} ms; reconnecting")]
    private partial void LogZombie(double intervalMs);
}
