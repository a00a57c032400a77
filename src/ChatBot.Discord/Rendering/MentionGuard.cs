using System.Text.RegularExpressions;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Makes mention syntax inert by putting a zero-width space inside it: "@everyone" → "@\u200Beveryone",
/// "&lt;@123&gt;" → "&lt;\u200B@123&gt;". The text still reads the same; allowed_mentions is the second line of defence.
/// </summary>
public static partial class MentionGuard
{
    public const char ZeroWidthSpace = '\u200B';

    public static string Neutralize(string text)
    {
        if (text.IndexOf('@') < 0 && text.IndexOf('＠') < 0)
        {
            return text;
        }

        var result = text.Replace("<@", "<\u200B@", StringComparison.Ordinal);
        return Broadcast().Replace(result, m => $"{m.Groups["at"].Value}{ZeroWidthSpace}{m.Groups["name"].Value}");
    }

    [GeneratedRegex(@"(?<at>[@＠])(?<name>everyone|here)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Broadcast();
}
