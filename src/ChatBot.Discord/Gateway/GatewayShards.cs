using ChatBot.Core.Coordination;
using ChatBot.Discord.Configuration;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Runs every shard this replica can hold: for each, take its lease, connect, renew the lease on a schedule, and close
/// the connection as soon as the lease is lost, so no two replicas ever serve one shard. Shards another replica holds
/// are tried again every renew interval, which is how a dead replica's shard is taken over once its lease expires.
/// <para>
/// When the lease store cannot be reached the holder cannot prove it still holds its lease. It keeps the connection
/// while a later renewal could still land inside the lease's lifetime, and closes it at the last renewal tick before
/// the lease would expire (with 15 s / 5 s: 10 s after the last good renewal). So a Redis outage longer than that takes
/// the gateway offline on every replica until Redis returns; serving a shard twice is the worse failure (every
/// @mention answered twice).
/// </para>
/// </summary>
public sealed partial class GatewayShards(
    GatewayClientFactory clients,
    ILeaseStore leases,
    ReplicaId replica,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayShards> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var count = options.Value.Gateway.ShardCount;
        await Task.WhenAll(Enumerable.Range(0, count).Select(id => Task.Run(() => RunShardAsync(new GatewayShard(id, count), cancellationToken), CancellationToken.None)));
    }

    private async Task RunShardAsync(GatewayShard shard, CancellationToken cancellationToken)
    {
        var gateway = options.Value.Gateway;
        while (!cancellationToken.IsCancellationRequested)
        {
            var askedAt = time.GetTimestamp();
            bool acquired;
            try
            {
                acquired = await leases.TryAcquireAsync(shard.LeaseName, replica.Value, gateway.LeaseTimeToLive, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogLeaseStoreUnavailable(shard, exception.GetType().Name, exception.Message.Split('\n')[0]);
                acquired = false;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (acquired)
            {
                LogAcquired(shard, replica.Value);
                if (await HoldAsync(shard, askedAt, cancellationToken) == Held.ClientStopped)
                {
                    return;
                }
            }

            // The timer exists before the line is logged, so a test clock can be advanced as soon as the line is seen.
            var retry = Task.Delay(gateway.LeaseRenewInterval, time, cancellationToken);
            LogNotHeld(shard, gateway.LeaseRenewInterval.TotalSeconds);
            try
            {
                await retry;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<Held> HoldAsync(GatewayShard shard, long validFrom, CancellationToken cancellationToken)
    {
        var gateway = options.Value.Gateway;
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tick = Task.Delay(gateway.LeaseRenewInterval, time, connection.Token);
        var run = clients.Create(shard).RunAsync(connection.Token);
        var outcome = Held.Lost;
        try
        {
            while (true)
            {
                if (await Task.WhenAny(run, tick) == run)
                {
                    outcome = cancellationToken.IsCancellationRequested ? Held.ShuttingDown : Held.ClientStopped;
                    if (outcome == Held.ClientStopped)
                    {
                        LogClientStopped(shard);
                    }

                    return outcome;
                }

                await tick;
                tick = Task.Delay(gateway.LeaseRenewInterval, time, connection.Token);
                var askedAt = time.GetTimestamp();
                if (await RenewAsync(shard, validFrom, cancellationToken) is not { } renewed)
                {
                    continue;
                }

                if (!renewed)
                {
                    return outcome;
                }

                validFrom = askedAt;
                LogRenewed(shard);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = Held.ShuttingDown;
            return outcome;
        }
        finally
        {
            await connection.CancelAsync();
            await run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            if (outcome != Held.Lost)
            {
                await ReleaseAsync(shard);
            }
        }
    }

    /// <returns>True when renewed; false when the lease is lost or can no longer be proven; null to keep it for now.</returns>
    private async Task<bool?> RenewAsync(GatewayShard shard, long validFrom, CancellationToken cancellationToken)
    {
        var gateway = options.Value.Gateway;
        try
        {
            if (await leases.RenewAsync(shard.LeaseName, replica.Value, gateway.LeaseTimeToLive, cancellationToken))
            {
                return true;
            }

            LogLost(shard);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next renewal would come at or after the lease's expiry: another replica may hold the shard by then.
            if (time.GetElapsedTime(validFrom) + gateway.LeaseRenewInterval >= gateway.LeaseTimeToLive)
            {
                LogUnprovable(shard, exception.GetType().Name, exception.Message.Split('\n')[0]);
                return false;
            }

            LogKeptUnrenewed(shard, exception.GetType().Name, exception.Message.Split('\n')[0]);
            return null;
        }
    }

    private async Task ReleaseAsync(GatewayShard shard)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await leases.ReleaseAsync(shard.LeaseName, replica.Value, timeout.Token);
            LogReleased(shard);
        }
        catch (Exception exception)
        {
            // It expires on its own; another replica takes the shard over then.
            LogReleaseFailed(shard, exception.GetType().Name);
        }
    }

    private enum Held
    {
        Lost,
        ShuttingDown,
        ClientStopped,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway shard {Shard}: lease taken by {Replica}; connecting")]
    private partial void LogAcquired(GatewayShard shard, string replica);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord gateway shard {Shard} is held by another replica; trying again in {Seconds} s")]
    private partial void LogNotHeld(GatewayShard shard, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord gateway shard {Shard}: lease renewed")]
    private partial void LogRenewed(GatewayShard shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: lease lost to another replica; closing this connection")]
    private partial void LogLost(GatewayShard shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: lease not renewed ({Error}: {Message}); keeping the connection while the lease is still valid")]
    private partial void LogKeptUnrenewed(GatewayShard shard, string error, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway shard {Shard}: lease could not be renewed before it expires ({Error}: {Message}); closing this connection so no two replicas serve the shard")]
    private partial void LogUnprovable(GatewayShard shard, string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: lease store unavailable ({Error}: {Message}); trying again")]
    private partial void LogLeaseStoreUnavailable(GatewayShard shard, string error, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord gateway shard {Shard} stopped for good (see the error above); releasing its lease, not retrying")]
    private partial void LogClientStopped(GatewayShard shard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway shard {Shard}: lease released")]
    private partial void LogReleased(GatewayShard shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway shard {Shard}: lease not released ({Error}); it expires on its own")]
    private partial void LogReleaseFailed(GatewayShard shard, string error);
}
