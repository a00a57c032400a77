namespace ChatBot.Core.Coordination;

/// <summary>
/// Named, expiring leases: at most one owner holds a name at a time, and a lease its owner stops renewing expires after
/// its time to live, so another owner can take it. Renew and release only act when the caller still owns the lease, so
/// an owner that lost its lease (paused too long, cut off) never extends or drops a lease someone else now holds.
/// </summary>
public interface ILeaseStore
{
    /// <returns>True when <paramref name="owner"/> now holds the lease (it was free or had expired).</returns>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <returns>True when <paramref name="owner"/> still held the lease and it now lasts <paramref name="timeToLive"/> from now.</returns>
    Task<bool> RenewAsync(string name, string owner, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <returns>True when <paramref name="owner"/> held the lease and it is now free.</returns>
    Task<bool> ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);
}
