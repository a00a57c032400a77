using System.Globalization;

using ChatBot.Core.Commands;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Times as Discord timestamps (each reader sees their own time zone) and people as user mentions, which never ping:
/// every message goes out with allowed_mentions parse [] (protocol notes §1.8).
/// </summary>
public static class DiscordInlines
{
    /// <summary>Resolves inline markers in text that is already escaped and neutralised.</summary>
    public static string Resolve(string text, IReadOnlyList<ReplyInline> inlines) => ReplyInlines.Resolve(text, inlines, Render);

    private static string Render(ReplyInline inline) => inline switch
    {
        { Kind: ReplyInlineKind.Time, At: { } at } => string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:f> (<t:{at.ToUnixTimeSeconds()}:R>)"),
        { Kind: ReplyInlineKind.Person, UserId: { } id } when id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit) => $"<@{id}>",
        _ => MentionGuard.Neutralize(MarkdownEscaper.Escape(inline.Fallback)),
    };
}
