using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Storage.LiteDb;

/// <summary>How domain records are stored inside LiteDB documents: as JSON text, so their shape stays theirs.</summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
