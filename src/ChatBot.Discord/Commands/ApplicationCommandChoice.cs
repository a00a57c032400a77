using System.Text.Json;

namespace ChatBot.Discord.Commands;

public sealed record ApplicationCommandChoice(string Name, JsonElement Value);
