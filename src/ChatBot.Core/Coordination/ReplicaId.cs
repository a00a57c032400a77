namespace ChatBot.Core.Coordination;

/// <summary>
/// This process among the replicas: the owner name on its leases and the sender on its notices. Host name and process
/// id make it readable in Redis and in logs; the random part keeps two hosts in one process (tests) apart.
/// </summary>
public sealed record ReplicaId(string Value)
{
    public static ReplicaId New() => new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    public override string ToString() => Value;
}
