using ChatBot.Core.Commands;

namespace ChatBot.Core.FactCards;

/// <summary>Who acts on a card: "discord:123", "slack:U123", "cli:alice" or "system", with a display name if known.</summary>
public sealed record FactCardActor(string Id, string? Name)
{
    public static FactCardActor System { get; } = new("system", "corpus check");

    public static FactCardActor For(ChatPlatform platform, ChatUser user) =>
        new($"{platform.ToString().ToLowerInvariant()}:{user.Id}", user.DisplayName);

    public static FactCardActor Cli(string name) => new($"cli:{name}", name);
}
