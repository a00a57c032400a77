namespace ChatBot.Core.Coordination;

/// <summary>
/// The default when no shared store is configured: leases within this process only. A single replica therefore always
/// gets every lease it asks for and keeps it, which is exactly the behaviour of a bot that runs as one process.
/// </summary>
public sealed class InProcessLeaseStore(TimeProvider time) : ILeaseStore
{
    private readonly Dictionary<string, (string Owner, DateTimeOffset Expires)> leases = new(StringComparer.Ordinal);

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        lock (leases)
        {
            var now = time.GetUtcNow();
            if (leases.TryGetValue(name, out var lease) && lease.Expires > now)
            {
                return Task.FromResult(false);
            }

            leases[name] = (owner, now + timeToLive);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RenewAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        lock (leases)
        {
            // Unlike a shared store, an expired lease nobody has taken since is still the owner's: in one process there is
            // no one else who could have served it, so a long pause (a debugger, a slow collection) costs no reconnect.
            if (!leases.TryGetValue(name, out var lease) || !string.Equals(lease.Owner, owner, StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            leases[name] = (owner, time.GetUtcNow() + timeToLive);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        lock (leases)
        {
            return Task.FromResult(HeldBy(name, owner, time.GetUtcNow()) && leases.Remove(name));
        }
    }

    private bool HeldBy(string name, string owner, DateTimeOffset now) =>
        leases.TryGetValue(name, out var lease) && lease.Expires > now && string.Equals(lease.Owner, owner, StringComparison.Ordinal);
}
