using System.Text;
using System.Text.RegularExpressions;

using ChatBot.Core.Text;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// Makes untrusted text (corpus quotes, titles, user questions) safe for Slack: mention syntax becomes inert words,
/// "@here"-style words lose their '@', and Slack's control characters &amp; &lt; &gt; are escaped (protocol notes §10).
/// </summary>
internal static partial class Mrkdwn
{
    /// <summary>Safe mrkdwn for any untrusted text.</summary>
    public static string Escape(string? text)
    {
        var plain = Neutral(text);
        if (plain.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return plain;
        }

        var builder = new StringBuilder(plain.Length + 16);
        foreach (var c in plain)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Safe plain_text: no mention syntax and valid UTF-16 (plain_text is not parsed, so nothing is escaped).</summary>
    public static string Neutral(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = MentionNeutralizer.Neutralize(ValidUtf16(text));
        result = LeftoverToken().Replace(result, "‹");
        return BroadcastAt().Replace(result, "");
    }

    /// <summary>A link to an http(s) URL, or just the escaped label when the URL is not one.</summary>
    public static string Link(string? url, string label)
    {
        var safeLabel = Escape(label).Replace('|', '¦');
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return safeLabel;
        }

        var href = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace("&", "&amp;", StringComparison.Ordinal);
        return href.Length > 2000 ? safeLabel : $"<{href}|{safeLabel}>";
    }

    private static string ValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return Repair(text);
        }

        return text;
    }

    private static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    // Nested or odd forms ("<<@U1>@U2>") can leave mention-like openers behind the neutralizer.
    [GeneratedRegex(@"<(?=[!@#])")]
    private static partial Regex LeftoverToken();

    // "@@here" would become "@here" after a single '@' is removed, so every '@' before the word goes; no word
    // boundary is required, because truncating "@hereby" could otherwise leave "@here" behind.
    [GeneratedRegex(@"[@＠﹫]+(?=(?:everyone|here|channel))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BroadcastAt();
}
