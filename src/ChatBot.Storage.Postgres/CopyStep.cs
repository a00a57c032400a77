using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>How one collection is written into its table (inside the caller's transaction) and how its keys are counted there.</summary>
internal sealed record CopyStep(
    string Table,
    int Read,
    Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, ValueTask<int>> WriteAsync,
    Func<NpgsqlConnection, CancellationToken, ValueTask<int>> CountAsync)
{
    /// <summary>Writes every item with <paramref name="write"/> and counts the rows written; keys are counted in <paramref name="columns"/> (with their SQL types).</summary>
    public static CopyStep For<T>(string table, IReadOnlyList<T> items, Func<NpgsqlConnection, NpgsqlTransaction, T, CancellationToken, ValueTask<int>> write, params (string Column, string Type, Func<T, object> Key)[] columns) =>
        new(table, items.Count, async (connection, transaction, cancellationToken) =>
        {
            var written = 0;
            foreach (var item in items)
            {
                written += await write(connection, transaction, item, cancellationToken).ConfigureAwait(false);
            }

            return written;
        }, (connection, cancellationToken) => CountKeysAsync(connection, table, items, columns, cancellationToken));

    private static async ValueTask<int> CountKeysAsync<T>(NpgsqlConnection connection, string table, IReadOnlyList<T> items, (string Column, string Type, Func<T, object> Key)[] columns, CancellationToken cancellationToken)
    {
        var keys = columns.Select(c => KeyArray(items, c.Type, c.Key)).ToArray();
        var unnest = string.Join(", ", columns.Select((c, i) => $"${i + 1}::{c.Type}[]"));
        await using var command = Sql.Command(connection, $"SELECT count(*) FROM {table} WHERE ({string.Join(", ", columns.Select(c => c.Column))}) IN (SELECT * FROM unnest({unnest}))", keys);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static object KeyArray<T>(IReadOnlyList<T> items, string type, Func<T, object> key) => type switch
    {
        "integer" => items.Select(i => (int)key(i)).ToArray(),
        _ => items.Select(i => (string)key(i)).ToArray(),
    };
}
