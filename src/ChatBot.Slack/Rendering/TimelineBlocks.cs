using System.Text;

using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>Timeline items as "*date* — text [n]" lines packed into as few sections as fit.</summary>
internal static class TimelineBlocks
{
    private const int MaxLine = 1000;

    public static List<SlackBlock> Render(IReadOnlyList<ReplyTimelineItem> items)
    {
        var sections = new List<SlackBlock>();
        var current = new StringBuilder();
        var shown = 0;
        foreach (var item in items)
        {
            var line = Line(item);
            if (current.Length > 0 && current.Length + 1 + line.Length > SlackLimits.SectionText)
            {
                if (sections.Count == SlackLimits.TimelineSections - 1)
                {
                    break;
                }

                sections.Add(Section(current.ToString()));
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n" : "").Append(line);
            shown++;
        }

        if (shown < items.Count)
        {
            var more = $"\n_…and {items.Count - shown} more events._";
            current.Append(current.Length + more.Length <= SlackLimits.SectionText ? more : "");
        }

        if (current.Length > 0)
        {
            sections.Add(Section(current.ToString()));
        }

        return sections;
    }

    private static SectionBlock Section(string text) => new(TextObject.Mrkdwn(text));

    private static string Line(ReplyTimelineItem item)
    {
        var date = TextFitter.Truncate(Mrkdwn.Escape(item.Date).Trim(), 60);
        var text = Mrkdwn.Escape(item.Text).ReplaceLineEndings(" ").Trim();
        var citation = item.Citation is { } n ? $" [{n}]" : "";
        var head = date.Length > 0 ? $"*{date}* — " : "";
        return TextFitter.Truncate(head + text, MaxLine - citation.Length) + citation;
    }
}
