using System.Diagnostics;
using System.Runtime.CompilerServices;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The one place a store's storage call fails: every failure but cancellation is reported to the database (which stops
/// using the file when the failure means it is damaged), then the store answers as its Core interface promises for
/// storage trouble — a miss (<see cref="Try{T}(ChatBotDatabase, Func{T})"/>) or memory instead for the best-effort stores,
/// "unavailable" after a rolled back transaction (<see cref="InTransaction"/>), and <c>StorageUnavailableException</c>
/// (<see cref="Required"/>) where a person must hear that it was not done (docs/architecture.md, "Storage errors").
/// Every call is counted and timed for the store it came from (<see cref="StoreMetrics"/>; the caller's file names it).
/// </summary>
internal static class StorageGuard
{
    /// <summary>Runs <paramref name="action"/> on the database, or throws <see cref="StorageUnavailableException"/> saying what could not be done.</summary>
    public static void Required(ChatBotDatabase database, string what, Action<LiteDatabase> action, [CallerFilePath] string caller = "")
    {
        var db = database.Database ?? throw new StorageUnavailableException($"{what}: {database.Status}");
        Run<bool>(database, () =>
        {
            action(db);
            return true;
        }, e => throw new StorageUnavailableException($"{what}: {DatabaseFailures.Describe(e)}", e), caller);
    }

    public static T Run<T>(ChatBotDatabase database, Func<T> action, Func<Exception, T> failed, [CallerFilePath] string caller = "")
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = action();
            database.Metrics?.Record(StoreMetrics.StoreOf(caller, "LiteDb"), ok: true, started);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.Metrics?.Record(StoreMetrics.StoreOf(caller, "LiteDb"), ok: false, started);
            database.ReportFailure(e);
            return failed(e);
        }
    }

    public static T? Try<T>(ChatBotDatabase database, Func<T?> action, [CallerFilePath] string caller = "") => Run(database, action, _ => default, caller);

    public static bool Try(ChatBotDatabase database, Action action, [CallerFilePath] string caller = "") => Run(database, () =>
    {
        action();
        return true;
    }, _ => false, caller);

    /// <summary>
    /// Runs <paramref name="body"/> in a transaction it commits itself (or rolls back on a refusal); a failure rolls the
    /// transaction back and gives <paramref name="unavailable"/>.
    /// </summary>
    public static T InTransaction<T>(ChatBotDatabase database, LiteDatabase db, Func<T> body, T unavailable, [CallerFilePath] string caller = "")
    {
        var began = false;
        return Run(database, () =>
        {
            began = db.BeginTrans();
            return body();
        }, _ =>
        {
            if (began)
            {
                Try(database, () => db.Rollback(), caller);
            }

            return unavailable;
        }, caller);
    }
}
