using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Message commands (application command type 3, "Apps → Check with sources" on a message): their names in
/// commands.json and the platform-neutral command each becomes, with the target message's text as the <c>text</c> option.
/// </summary>
internal static class MessageCommands
{
    public const int Type = 3;

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["Check with sources"] = CommandNames.Check,
    };

    public static bool Is(Interaction interaction) => interaction.Data?.Type == Type;

    /// <summary>The neutral command a message command of this name becomes; null for a name the adapter does not know.</summary>
    public static string? CommandFor(string name) => ByName.GetValueOrDefault(name);

    public static CommandRequest ToCommandRequest(Interaction interaction)
    {
        var data = interaction.Data!;
        var command = (data.Name is { } name ? CommandFor(name) : null) ?? data.Name ?? "";
        var target = data.TargetId is { } id && data.Resolved?.Messages?.TryGetValue(id, out var message) == true ? message : null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = target?.Content ?? "" };
        if (data.TargetId is { } targetId)
        {
            options["message"] = targetId;
        }

        return new CommandRequest(ChatPlatform.Discord, InteractionMapper.UserOf(interaction), interaction.EffectiveChannelId ?? "", command, options, interaction.GuildId)
        {
            IsDirectMessage = interaction.GuildId is null,
        };
    }
}
