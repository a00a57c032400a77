using System.Text.RegularExpressions;

namespace ChatBot.Core.Text;

/// <summary>
/// Rewrites mention syntax of both platforms into inert words: "&lt;@123&gt;" → "@user", "&lt;!channel&gt;" →
/// "channel", "@everyone" → "everyone". Used on anything a user typed before it is echoed or analysed.
/// Renderers still escape their own markup; this is the platform-neutral first line.
/// </summary>
public static partial class MentionNeutralizer
{
    public static string Neutralize(string text)
    {
        var result = DiscordUser().Replace(text, "@user");
        result = DiscordRole().Replace(result, "@role");
        result = DiscordChannel().Replace(result, "#channel");
        result = SlackSpecial().Replace(result, m => m.Groups["name"].Value);
        result = SlackGroup().Replace(result, "@group");
        result = SlackUser().Replace(result, "@user");
        result = SlackChannel().Replace(result, "#channel");
        return Broadcast().Replace(result, m => m.Groups["name"].Value);
    }

    /// <summary>
    /// Takes mentions out of a question altogether — platform syntax, "@everyone"/"@here", and the inert words
    /// <see cref="Neutralize"/> leaves ("@user", "@role", "@group", "#channel") — so "who returned in 2002? @everyone
    /// &lt;@123&gt;" is read, answered and echoed as "who returned in 2002?".
    /// </summary>
    public static string Remove(string text)
    {
        // Every mention pattern needs one of these characters; a text without them (nearly every question) only has its
        // spaces collapsed, and the dozen scans that would find nothing are skipped.
        if (text.AsSpan().IndexOfAny(MentionCharacters) < 0)
        {
            return Spaces().Replace(text, " ").Trim();
        }

        var result = Neutralize(Broadcast().Replace(SlackSpecial().Replace(text, " "), " "));
        result = NeutralWord().Replace(result, " ");
        return Spaces().Replace(result, " ").Trim();
    }

    private static readonly System.Buffers.SearchValues<char> MentionCharacters = System.Buffers.SearchValues.Create("<@#＠");

    [GeneratedRegex(@"(?<![\w@#])[@#](?:user|role|group|channel)\b")]
    private static partial Regex NeutralWord();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<@!?\d+>")]
    private static partial Regex DiscordUser();

    [GeneratedRegex(@"<@&\d+>")]
    private static partial Regex DiscordRole();

    [GeneratedRegex(@"<#\d+>")]
    private static partial Regex DiscordChannel();

    [GeneratedRegex(@"<!(?<name>here|channel|everyone)(\|[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackSpecial();

    [GeneratedRegex(@"<!subteam\^[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackGroup();

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackUser();

    [GeneratedRegex(@"<#C[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackChannel();

    [GeneratedRegex(@"[@＠](?<name>everyone|here|channel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Broadcast();
}
