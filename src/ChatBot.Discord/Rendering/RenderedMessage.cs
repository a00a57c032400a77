using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>A reply rendered for Discord, ready to become an interaction response or a REST message.</summary>
public sealed record RenderedMessage(string Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<Component> Components, bool Ephemeral)
{
    public InteractionCallbackData ToCallbackData() => new()
    {
        Content = Content,
        Embeds = Embeds,
        Components = Components,
        AllowedMentions = AllowedMentions.None,
        Flags = Ephemeral ? MessageFlags.Ephemeral : null,
    };

    /// <summary>Edits cannot change flags; new follow-ups can be ephemeral; channel messages never are.</summary>
    public MessagePayload ToPayload(bool withFlags) => new()
    {
        Content = Content,
        Embeds = Embeds,
        Components = Components,
        AllowedMentions = AllowedMentions.None,
        Flags = withFlags && Ephemeral ? MessageFlags.Ephemeral : null,
    };
}
