using System.Text.Json;

namespace ChatBot.Discord.Wire;

/// <summary>An option choice or an autocomplete suggestion: name shown (1–100), value sent (string ≤ 100 or number).</summary>
public sealed record CommandChoice(string Name, JsonElement Value)
{
    public static CommandChoice Text(string name, string value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));
}
