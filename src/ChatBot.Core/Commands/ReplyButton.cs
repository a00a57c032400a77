namespace ChatBot.Core.Commands;

/// <summary>
/// A button under a reply. <see cref="ActionId"/> (≤ 100 characters, unique within a reply) comes back in a
/// <see cref="ComponentRequest"/> when pressed. Labels are plain text, at most 75 characters.
/// </summary>
public sealed record ReplyButton(string ActionId, string Label, ReplyButtonStyle Style = ReplyButtonStyle.Secondary, string? Url = null, string? Emoji = null)
{
    public const int MaxActionIdLength = 100;
    public const int MaxLabelLength = 75;
}
