using System.Numerics;
using System.Text.Json;

using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>Maps Discord interactions to the platform-neutral command layer's requests.</summary>
internal static class InteractionMapper
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageMessages = 1UL << 13;

    public static CommandRequest ToCommandRequest(Interaction interaction)
    {
        if (MessageCommands.Is(interaction))
        {
            return MessageCommands.ToCommandRequest(interaction);
        }

        var (subcommand, options) = Flatten(interaction.Data?.Options ?? []);
        return new CommandRequest(
            ChatPlatform.Discord,
            UserOf(interaction),
            interaction.EffectiveChannelId ?? "",
            interaction.Data?.Name ?? "",
            options.Where(o => o.Value is not null).ToDictionary(o => o.Name ?? "", o => TextOf(o.Value!.Value), StringComparer.Ordinal),
            interaction.GuildId,
            subcommand)
        {
            IsDirectMessage = interaction.GuildId is null,
        };
    }

    /// <summary>The option the user is typing in an autocomplete interaction.</summary>
    public static string FocusedOption(Interaction interaction) =>
        Flatten(interaction.Data?.Options ?? []).Options.FirstOrDefault(o => o.Focused == true)?.Name ?? "";

    public static ComponentRequest ToComponentRequest(Interaction interaction)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in Walk(interaction.Data?.Components ?? []))
        {
            if (component.CustomId is { } id && (component.Value ?? JoinValues(component.Values)) is { } value)
            {
                values[id] = value;
            }
        }

        if (interaction.Data?.Values is { Count: > 0 } selected)
        {
            values["values"] = string.Join('\n', selected);
        }

        return new ComponentRequest(
            ChatPlatform.Discord,
            UserOf(interaction),
            interaction.EffectiveChannelId ?? "",
            interaction.Data?.CustomId ?? "",
            interaction.GuildId,
            interaction.Message?.Id,
            values,
            interaction.Message is { Id: not null } message ? message.IsEphemeral ? ReplyVisibility.Ephemeral : ReplyVisibility.Public : null)
        {
            IsDirectMessage = interaction.GuildId is null,
        };
    }

    public static ChatUser UserOf(Interaction interaction)
    {
        var user = interaction.Invoker;
        return new ChatUser(
            user?.Id ?? "",
            interaction.Member?.Nick ?? user?.DisplayName,
            PermissionsOf(interaction.Member?.Permissions),
            interaction.Member?.Roles);
    }

    public static MemberPermissions PermissionsOf(string? permissions)
    {
        if (!BigInteger.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits))
        {
            return MemberPermissions.None;
        }

        var result = MemberPermissions.None;
        if ((bits & Administrator) != 0)
        {
            // ADMINISTRATOR grants every permission.
            result |= MemberPermissions.Administrator | MemberPermissions.ManageMessages;
        }

        if ((bits & ManageMessages) != 0)
        {
            result |= MemberPermissions.ManageMessages;
        }

        return result;
    }

    private static (string? Subcommand, IReadOnlyList<InteractionOption> Options) Flatten(IReadOnlyList<InteractionOption> options)
    {
        if (options is [{ Type: 2 } group])
        {
            var (inner, innerOptions) = Flatten(group.Options ?? []);
            return (inner is null ? group.Name : $"{group.Name} {inner}", innerOptions);
        }

        return options is [{ Type: 1 } sub] ? (sub.Name, sub.Options ?? []) : (null, options);
    }

    private static IEnumerable<SubmittedComponent> Walk(IReadOnlyList<SubmittedComponent> components)
    {
        foreach (var component in components)
        {
            yield return component;
            foreach (var child in Walk([.. component.Components ?? [], .. component.Component is null ? [] : new[] { component.Component }]))
            {
                yield return child;
            }
        }
    }

    private static string? JoinValues(IReadOnlyList<string>? values) => values is null ? null : string.Join('\n', values);

    private static string TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
