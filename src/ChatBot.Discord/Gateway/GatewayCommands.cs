using System.Buffers;
using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>The payloads the client sends. They carry the bot token, so they are never logged.</summary>
internal static class GatewayCommands
{
    public static ReadOnlyMemory<byte> Heartbeat(long? sequence) => Write(GatewayOpcode.Heartbeat, writer =>
    {
        if (sequence is { } s)
        {
            writer.WriteNumberValue(s);
        }
        else
        {
            writer.WriteNullValue();
        }
    });

    public static ReadOnlyMemory<byte> Identify(string token, int intents, GatewayShard shard) => Write(GatewayOpcode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteNumber("intents", intents);
        writer.WriteStartArray("shard");
        writer.WriteNumberValue(shard.Id);
        writer.WriteNumberValue(shard.Count);
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("os", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux");
        writer.WriteString("browser", "chatbot");
        writer.WriteString("device", "chatbot");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static ReadOnlyMemory<byte> Resume(string token, string sessionId, long? sequence) => Write(GatewayOpcode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            writer.WriteNumber("seq", s);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    private static ReadOnlyMemory<byte> Write(int op, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            data(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
