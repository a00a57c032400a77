using System.Text.RegularExpressions;

using ChatBot.Core.Text;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Turns text Slack sent (escaped, with &lt;@U…&gt;, &lt;#C…|name&gt; and &lt;url|label&gt; tokens) into plain text
/// for the command layer: mentions become inert words, links their label, entities their characters.
/// </summary>
internal static partial class IncomingText
{
    public static string ToPlain(string? text, string? stripUserId = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = text;
        if (!string.IsNullOrEmpty(stripUserId))
        {
            result = result.Replace($"<@{stripUserId}>", " ", StringComparison.Ordinal);
            result = Regex.Replace(result, $@"<@{Regex.Escape(stripUserId)}\|[^>]*>", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        result = MentionNeutralizer.Neutralize(result);
        result = LabelledLink().Replace(result, m => m.Groups["label"].Value);
        result = BareLink().Replace(result, m => m.Groups["target"].Value);
        result = result.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(result, " ").Trim();
    }

    [GeneratedRegex(@"<(?:https?|mailto):[^<>|]*\|(?<label>[^<>]*)>")]
    private static partial Regex LabelledLink();

    [GeneratedRegex(@"<(?<target>(?:https?|mailto):[^<>|]*)>")]
    private static partial Regex BareLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
