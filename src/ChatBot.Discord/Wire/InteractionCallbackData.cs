namespace ChatBot.Discord.Wire;

/// <summary>
/// The data of an interaction response. Message responses use content/embeds/components/flags, autocomplete uses
/// choices, a modal uses custom_id/title/components; unused fields stay null and are not written.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
    public string? CustomId { get; init; }
    public string? Title { get; init; }
}
