using System.Net.Sockets;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The one place a PostgreSQL store's call fails, answering as its Core interface promises for storage trouble (as
/// the LiteDB stores do): a miss for the best-effort stores (<see cref="TryAsync{T}"/>) and
/// <see cref="StorageUnavailableException"/> where a person must hear that it was not done (<see cref="RequiredAsync{T}"/>).
/// Cancellation and bugs pass through.
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

    internal static async ValueTask<T> RequiredAsync<T>(string what, Func<ValueTask<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (Is(e))
        {
            throw new StorageUnavailableException($"{what}: {Describe(e)}", e);
        }
    }

    internal static async ValueTask<T> TryAsync<T>(Func<ValueTask<T>> action, T fallback)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (Is(e))
        {
            return fallback;
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim().TrimEnd('.');
}
