using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>A received gateway payload: <c>{"op", "d", "s", "t"}</c>.</summary>
public sealed record GatewayPayload(int Op, JsonElement? D, long? S, string? T);
