using System.Text;

using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as a Discord message. Short notices (errors, refusals, info) are
/// plain content; answers, timelines and lists are an embed with a field per source. Every string is escaped,
/// neutralised and clipped to Discord's limits.
/// </summary>
public static class ReplyRenderer
{
    private const int Blue = 0x3B82F6;
    private const int Grey = 0x6B7280;
    private const int Red = 0xDC2626;
    private const int Amber = 0xD97706;

    public static RenderedMessage Render(Reply reply)
    {
        var ephemeral = reply.Visibility == ReplyVisibility.Ephemeral;
        var components = ComponentRenderer.Render(reply.ButtonRows);
        if (IsNotice(reply))
        {
            var content = DiscordText.OrPlaceholder(DiscordText.Finish(MarkdownEscaper.Escape(reply.Body), DiscordLimits.Content, reply.Inlines));
            return new RenderedMessage(content, [], components, ephemeral);
        }

        var fields = SourceFieldRenderer.Render(reply.Sources, reply.ShowQuotes, DiscordLimits.EmbedFields, reply.ShowArticleIds);
        fields.AddRange(reply.Fields.Take(DiscordLimits.EmbedFields - fields.Count).Select(f => new EmbedField(
            DiscordText.Markdown(f.Name, DiscordLimits.FieldName), DiscordText.Markdown(f.Value, DiscordLimits.FieldValue), f.Inline ? true : null)));

        var embed = EmbedBudget.Fit(
            string.IsNullOrWhiteSpace(reply.Title) ? null : DiscordText.Markdown(reply.Title, DiscordLimits.EmbedTitle),
            DiscordText.Finish(Description(reply), DiscordLimits.EmbedDescription, reply.Inlines),
            fields,
            string.IsNullOrWhiteSpace(reply.Footer) ? null : DiscordText.Plain(reply.Footer, DiscordLimits.Footer),
            ColorOf(reply.Kind));
        return new RenderedMessage("", [embed], components, ephemeral, reply.Attachments);
    }

    /// <summary>A plain-text notice used when a reply cannot be shown as intended (e.g. a form after a deferral).</summary>
    public static RenderedMessage Notice(string text, bool ephemeral = true) =>
        new(DiscordText.Markdown(text, DiscordLimits.Content), [], [], ephemeral);

    private static bool IsNotice(Reply reply) =>
        reply.Kind is ReplyKind.Error or ReplyKind.Invalid or ReplyKind.RateLimited or ReplyKind.Refused or ReplyKind.Info
        && reply.Sources.Count == 0 && reply.Fields.Count == 0 && reply.Timeline.Count == 0 && string.IsNullOrWhiteSpace(reply.Title);

    private static string Description(Reply reply)
    {
        var text = new StringBuilder(MarkdownEscaper.Escape(reply.Body.Trim()));
        foreach (var item in reply.Timeline)
        {
            text.Append(text.Length > 0 ? "\n" : "");
            text.Append("**").Append(MarkdownEscaper.Escape(item.Date.Trim())).Append("** — ").Append(MarkdownEscaper.Escape(item.Text.Trim()));
            if (item.Citation is { } n)
            {
                text.Append(" [").Append(n).Append(']');
            }
        }

        return text.ToString();
    }

    private static int ColorOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer or ReplyKind.Timeline or ReplyKind.FactCard or ReplyKind.Quiz => Blue,
        ReplyKind.Error => Red,
        ReplyKind.Refused or ReplyKind.RateLimited or ReplyKind.Invalid => Amber,
        _ => Grey,
    };
}
