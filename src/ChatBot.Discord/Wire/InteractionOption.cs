using System.Text.Json;

namespace ChatBot.Discord.Wire;

/// <summary>A command option as sent by Discord; sub-commands and groups carry nested options instead of a value.</summary>
public sealed record InteractionOption(string? Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused);
