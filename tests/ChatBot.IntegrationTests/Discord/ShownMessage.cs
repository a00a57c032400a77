using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>What Discord shows for an interaction: the response type, the message, and whether only the invoker sees it.</summary>
internal sealed record ShownMessage(int Type, JsonObject Message, bool Ephemeral);
