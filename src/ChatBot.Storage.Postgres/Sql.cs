using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Plain SQL with positional parameters (<c>$1</c>, <c>$2</c> …). Times are stored as <c>timestamptz</c> in UTC; whole
/// records the database never looks into are JSONB in the same JSON the LiteDB stores keep.
/// </summary>
internal static class Sql
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A parameter value to be sent as JSONB.</summary>
    public sealed record Jsonb(string Text);

    public static Jsonb ToJson<T>(T value) => new(JsonSerializer.Serialize(value, Json));

    public static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException($"a stored {typeof(T).Name} is empty");

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] parameters) =>
        Command(connection, null, sql, parameters);

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in parameters)
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter { Value = DBNull.Value },
                Jsonb json => new NpgsqlParameter { Value = json.Text, NpgsqlDbType = NpgsqlDbType.Jsonb },
                DateTimeOffset at => new NpgsqlParameter { Value = at.ToUniversalTime() },
                _ => new NpgsqlParameter { Value = value },
            });
        }

        return command;
    }

    public static async ValueTask<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every row with <paramref name="read"/>.</summary>
    public static async ValueTask<List<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static DateTimeOffset Time(NpgsqlDataReader reader, int ordinal) => new(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero);
}
