using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// A reply rendered for Discord, ready to become an interaction response or a REST message. <see cref="Files"/> go
/// only with REST messages (an HTTP interaction's first response cannot carry files).
/// </summary>
public sealed record RenderedMessage(string Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<Component> Components, bool Ephemeral, IReadOnlyList<ReplyAttachment>? Files = null)
{
    /// <summary>Discord's limit for an attachment's description (its alternative text).</summary>
    public const int MaxFileDescription = 1024;

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
        Attachments = Files is { Count: > 0 } ? [.. Files.Select((f, i) => new AttachmentPayload(i, f.FileName, Clip(f.Description)))] : null,
        Files = Files is { Count: > 0 } ? Files : null,
    };

    private static string Clip(string text) => text.Length <= MaxFileDescription ? text : text[..(MaxFileDescription - 1)] + "…";
}
