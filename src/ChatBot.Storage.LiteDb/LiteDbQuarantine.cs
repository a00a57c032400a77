using System.Collections.Concurrent;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Where LiteDB instances that met damage are kept until the process ends. LiteDB 5 can leave a transaction
/// half-released after reading a damaged page, and that transaction's finalizer then throws on the finalizer thread
/// — which ends the process, minutes later, wherever it happens to be. An instance kept reachable here is never
/// finalized (.NET runs no finalizers at exit) and never disposed (disposing would also write its log into the
/// damaged file), so looking at a damaged database can never crash the bot afterwards.
/// </summary>
internal static class LiteDbQuarantine
{
    private static readonly ConcurrentBag<object> Kept = [];

    public static void Keep(object liteDb) => Kept.Add(liteDb);
}
