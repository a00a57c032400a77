using System.Text.Json;
using System.Text.Json.Serialization;

using ChatBot.Discord.Commands;
using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Wire;

/// <summary>Source-generated JSON for every wire shape: snake_case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(CommandCatalogFile))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
