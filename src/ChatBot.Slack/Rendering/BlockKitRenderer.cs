using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as a Block Kit message: header, answer sections, fields,
/// timeline, one context block per source (with quotes when asked), footer, button rows. Every piece of reply
/// text is escaped; the message always stays inside Slack's limits, giving up detail (never citations) to fit.
/// </summary>
public static class BlockKitRenderer
{
    public static SlackMessage Render(Reply reply)
    {
        var head = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(reply.Title))
        {
            head.Add(new HeaderBlock(TextObject.Plain(TextFitter.Truncate(Mrkdwn.Neutral(reply.Title).Trim(), SlackLimits.HeaderText))));
        }

        var body = SlackInlines.Resolve(Mrkdwn.Escape(reply.Body), reply.Inlines, reply.Visibility == ReplyVisibility.Ephemeral);
        head.AddRange(TextFitter.Chunk(body, SlackLimits.SectionText, SlackLimits.BodySections)
            .Where(chunk => chunk.Length > 0)
            .Select(chunk => new SectionBlock(TextObject.Mrkdwn(chunk))));
        head.AddRange(FieldBlocks(reply.Fields));

        var tail = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(reply.Footer))
        {
            tail.Add(new ContextBlock([TextObject.Mrkdwn(TextFitter.Truncate(Mrkdwn.Escape(reply.Footer).Trim(), SlackLimits.FieldText))]));
        }

        tail.AddRange(ButtonBlocks.Render(reply.ButtonRows));

        var timeline = TimelineBlocks.Render(reply.Timeline);
        var sourceBudget = SlackLimits.MessageBlocks - head.Count - tail.Count - timeline.Count;
        var sources = SourceBlocks.Render(reply.Sources, reply.ShowQuotes, sourceBudget, reply.ShowArticleIds);

        List<SlackBlock> blocks = [.. head, .. timeline, .. sources, .. tail];
        if (blocks.Count == 0)
        {
            blocks.Add(new SectionBlock(TextObject.Mrkdwn(Fallback(reply))));
        }

        return new SlackMessage(Fallback(reply), blocks);
    }

    /// <summary>The notification text: title and body, escaped and short.</summary>
    public static string Fallback(Reply reply)
    {
        var text = string.IsNullOrWhiteSpace(reply.Title) ? reply.PlainBody : $"{reply.Title}: {reply.PlainBody}";
        var fallback = TextFitter.Truncate(Mrkdwn.Escape(text).Trim(), SlackLimits.FallbackText);
        return fallback.Length > 0 ? fallback : "…";
    }

    private static IEnumerable<SlackBlock> FieldBlocks(IReadOnlyList<ReplyField> fields) =>
        fields
            .Take(SlackLimits.SectionFields * SlackLimits.FieldSections)
            .Select(f => TextObject.Mrkdwn(TextFitter.Truncate($"*{Inline(f.Name, 200)}*\n{Inline(f.Value, 1700)}", SlackLimits.FieldText)))
            .Chunk(SlackLimits.SectionFields)
            .Select(chunk => new SectionBlock(Fields: chunk));

    private static string Inline(string text, int max)
    {
        var escaped = TextFitter.Truncate(Mrkdwn.Escape(text).Trim(), max);
        return escaped.Length > 0 ? escaped : "—";
    }
}
