using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>The admin endpoint's JSON, on both sides: web defaults (camelCase), enums by name.</summary>
internal static class AdminJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
