using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Button rows as actions blocks. Link buttons get an action id under <see cref="LinkActionPrefix"/> so their
/// (mandatory) interaction payload is acknowledged without reaching the command layer.
/// </summary>
public static class ButtonBlocks
{
    public const string LinkActionPrefix = "slack-link:";

    internal static List<SlackBlock> Render(IReadOnlyList<IReadOnlyList<ReplyButton>> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<SlackBlock>();
        foreach (var row in rows.Take(SlackLimits.ButtonRows))
        {
            var buttons = row.Select(b => Button(b, seen)).OfType<ButtonElement>().Take(SlackLimits.ActionsElements).ToList();
            if (buttons.Count > 0)
            {
                blocks.Add(new ActionsBlock(buttons));
            }
        }

        return blocks;
    }

    private static ButtonElement? Button(ReplyButton button, HashSet<string> seen)
    {
        var isLink = button.Style == ReplyButtonStyle.Link;
        var actionId = isLink ? LinkActionPrefix + button.ActionId : button.ActionId;
        if (string.IsNullOrEmpty(actionId) || actionId.Length > SlackLimits.ActionId || !seen.Add(actionId))
        {
            return null;
        }

        string? url = null;
        if (isLink)
        {
            if (!Uri.TryCreate(button.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.AbsoluteUri.Length > SlackLimits.ButtonUrl)
            {
                return null;
            }

            url = uri.AbsoluteUri;
        }

        var label = Mrkdwn.Neutral(string.IsNullOrWhiteSpace(button.Emoji) ? button.Label : $"{button.Emoji} {button.Label}").ReplaceLineEndings(" ").Trim();
        label = TextFitter.Truncate(label.Length > 0 ? label : "•", SlackLimits.ButtonText);
        var style = button.Style switch
        {
            ReplyButtonStyle.Primary or ReplyButtonStyle.Success => "primary",
            ReplyButtonStyle.Danger => "danger",
            _ => null,
        };
        return new ButtonElement(TextObject.Plain(label), actionId, Url: url, Style: style);
    }
}
