using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The one place a PostgreSQL store's call fails, answering as its Core interface promises for storage trouble (as
/// the LiteDB stores do): a miss for the best-effort stores (<see cref="TryAsync{T}"/>) and
/// <see cref="StorageUnavailableException"/> where a person must hear that it was not done (<see cref="RequiredAsync{T}"/>).
/// Cancellation and bugs pass through. Every call is counted and timed for the store it came from
/// (<see cref="StoreMetrics"/>, the caller's file naming it) on the database's meter.
/// </summary>
public static class PostgresFailures
{
    public static bool Is(Exception exception) => exception is NpgsqlException or TimeoutException or SocketException;

    /// <summary>One line saying what went wrong (the server's own message for an error it reported).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => $"PostgreSQL refused it ({postgres.SqlState}: {postgres.MessageText})",
        { InnerException: { } inner } when Is(exception) => $"PostgreSQL is unavailable ({FirstLine(exception.Message)}: {FirstLine(inner.Message)})",
        _ => $"PostgreSQL is unavailable ({FirstLine(exception.Message)})",
    };

    internal static ValueTask<T> RequiredAsync<T>(PostgresDatabase database, string what, Func<ValueTask<T>> action, [CallerFilePath] string caller = "") =>
        RunAsync(database, action, e => throw new StorageUnavailableException($"{what}: {Describe(e)}", e), caller);

    internal static ValueTask<T> TryAsync<T>(PostgresDatabase database, Func<ValueTask<T>> action, T fallback, [CallerFilePath] string caller = "") =>
        RunAsync(database, action, _ => fallback, caller);

    /// <summary>Runs the call, counts and times it for the caller's store, and answers a storage failure with <paramref name="failed"/>.</summary>
    private static async ValueTask<T> RunAsync<T>(PostgresDatabase database, Func<ValueTask<T>> action, Func<Exception, T> failed, string caller)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await action().ConfigureAwait(false);
            database.Metrics?.Record(StoreMetrics.StoreOf(caller, "Postgres"), ok: true, started);
            return result;
        }
        catch (Exception e) when (Is(e))
        {
            database.Metrics?.Record(StoreMetrics.StoreOf(caller, "Postgres"), ok: false, started);
            return failed(e);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim().TrimEnd('.');
}
