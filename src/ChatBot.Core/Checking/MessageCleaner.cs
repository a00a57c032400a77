using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Checking;

/// <summary>
/// Reduces a chat message to the prose it states: code blocks and inline code, links, mentions, custom emoji,
/// platform timestamps and formatting marks go; a Slack link keeps its label; invisible characters go, lines stay.
/// What is left is what gets checked and echoed, so nothing in it can ping anyone.
/// </summary>
public static partial class MessageCleaner
{
    /// <summary>Longer messages are checked on their beginning: a claim worth checking is stated early.</summary>
    public const int MaxLength = 4000;

    public static string Clean(string? message)
    {
        var text = Visible(message ?? "");
        text = CodeBlock().Replace(text, "\n");
        text = InlineCode().Replace(text, " ");
        text = SlackLink().Replace(text, m => m.Groups["label"].Success ? m.Groups["label"].Value : " ");
        text = MentionNeutralizer.Remove(text);
        text = Markup().Replace(text, " ");
        text = BareUrl().Replace(text, " ");
        text = Emphasis().Replace(text, "");
        text = QuoteMarker().Replace(text, "");
        text = text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        text = Spaces().Replace(text, " ");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var cleaned = string.Join('\n', lines);
        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength];
    }

    private static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                builder.Append('\n');
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                builder.Append(' ');
            }
            else if (!InvisibleCharacters.IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"```.*?(```|$)", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    // Slack: <https://x|label>, <mailto:a@b|label>, <https://x>.
    [GeneratedRegex(@"<(?:https?|mailto|tel):[^|>\s]*(?:\|(?<label>[^>]*))?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackLink();

    // Discord custom emoji <:name:id>, <a:name:id> and timestamps <t:123:R>; Slack :emoji: and <!date^…> tokens.
    [GeneratedRegex(@"<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<!date\^[^>]*>|(?<![\w:]):[a-z0-9_+\-]*[a-z][a-z0-9_+\-]*:(?![\w:])", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    // **bold**, __underline__, ~~strike~~, ||spoiler||, Slack *bold* _italic_ ~strike~ — the marks, not the words.
    [GeneratedRegex(@"\*+|~+|\|\|+|(?<!\w)_+|_+(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^\s*(?:>+|[-•]\s|\d+[.)]\s|#+\s)\s*")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
