using System.Globalization;

using ChatBot.Core.Commands;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Times as Slack date tokens (each reader sees their own time zone, the fallback elsewhere). People as user
/// references only in private messages: Slack has no way to reference someone without notifying them in a public
/// message, so there the name is written out.
/// </summary>
internal static class SlackInlines
{
    /// <summary>Resolves inline markers in text that is already escaped.</summary>
    public static string Resolve(string text, IReadOnlyList<ReplyInline> inlines, bool isPrivate) =>
        ReplyInlines.Resolve(text, inlines, inline => Render(inline, isPrivate));

    private static string Render(ReplyInline inline, bool isPrivate) => inline switch
    {
        { Kind: ReplyInlineKind.Time, At: { } at } =>
            string.Create(CultureInfo.InvariantCulture, $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} at {{time}}|{Mrkdwn.Escape(inline.Fallback)}>"),
        { Kind: ReplyInlineKind.Person, UserId: { } id } when isPrivate && IsUserId(id) => $"<@{id}>",
        _ => Mrkdwn.Escape(inline.Fallback),
    };

    private static bool IsUserId(string id) => id.Length is > 1 and <= 20 && id[0] is 'U' or 'W' && id.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
