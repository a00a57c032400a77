using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>Replies as JSON (for stores) and their short content-derived ids (16 hex characters).</summary>
public static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(Reply reply) => JsonSerializer.Serialize(reply, Options);

    /// <summary>The reply, or null when the text is not a stored reply.</summary>
    public static Reply? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Reply>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string IdOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
}
