namespace ChatBot.Discord.Rendering;

/// <summary>The one way text reaches Discord: markdown escaped (for markdown fields), mentions made inert, clipped to a limit.</summary>
public static class DiscordText
{
    /// <summary>Plain text shown where Discord renders markdown (content, embed text).</summary>
    public static string Markdown(string? text, int max) => Finish(MarkdownEscaper.Escape(text ?? ""), max);

    /// <summary>Already-composed markdown (our own emphasis around escaped text).</summary>
    public static string Finish(string markdown, int max) => TextClipper.Clip(MentionGuard.Neutralize(markdown), max);

    /// <summary>Like <see cref="Finish(string, int)"/>, with the reply's times and people resolved after neutralising.</summary>
    public static string Finish(string markdown, int max, IReadOnlyList<Core.Commands.ReplyInline> inlines) =>
        TextClipper.Clip(DiscordInlines.Resolve(MentionGuard.Neutralize(markdown), inlines), max);

    /// <summary>Text Discord shows verbatim (button labels, choice names, modal labels).</summary>
    public static string Plain(string? text, int max) => TextClipper.Clip(MentionGuard.Neutralize(text ?? ""), max);

    public static string OrPlaceholder(string text) => text.Length == 0 ? "—" : text;
}
