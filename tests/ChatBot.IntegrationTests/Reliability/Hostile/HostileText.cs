using FsCheck;
using FsCheck.Fluent;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// Questions a hostile user might type: pings and broadcasts of both platforms, markdown and mrkdwn, HTML-ish
/// escapes, zero-width, control and bidi characters, emoji, lone surrogates, JSON-breaking quotes and backslashes,
/// mixed with words that reach the corpus, sometimes repeated past 1,000 characters.
/// </summary>
internal static class HostileText
{
    public static readonly string[] Pieces =
    [
        "<@123>", "<@!123>", "<@&456>", "@everyone", "@here", "@\u200Beveryone", "＠everyone", "<!channel>", "<!here>", "<!everyone>",
        "<!subteam^S1>", "<!subteam^S1|@mods>", "<@U0123ABC>", "<#C1|general>", "**bold**", "__under__", "~~gone~~", "||spoiler||",
        "`code`", "```\nblock\n```", "> quoted", "# Heading", "*b*", "_i_", "[click](https://evil.example)", "<https://evil.example|click>",
        "&", "<", ">", "&amp;", "&lt;!channel&gt;", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u0000", "\u0007", "\u001B[31m",
        "\r\n", "\t", "😀", "👍🏽", "日本語", "\uD800", "\uDC00", "\"", "\\", "\\\"", "\"}]}", "'", "{{x}}", "\\u0000", "</script>",
    ];

    private static readonly string[] Words = ["When did ", "Megumi Yokota ", "the five abductees ", "return to Japan", " in 2002", "? ", "Koizumi ", "Pyongyang "];

    public static Arbitrary<string> Questions() => Question().ToArbitrary();

    public static Gen<string> Question() =>
        Gen.Frequency(
            (4, Mixed(20)),
            (1, Mixed(6).SelectMany(text => Gen.Choose(2, 200).Select(times => Repeat(text, times)))));

    private static Gen<string> Mixed(int maxPieces) =>
        Gen.OneOf(Gen.Elements(Pieces), Gen.Elements(Words), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            .ListOf()
            .Select(pieces => string.Concat(pieces.Take(maxPieces)))
            .Where(text => text.Trim().Length > 0);

    /// <summary>Long, but under the 64 KB body limit of the endpoints (the too-large case has tests of its own).</summary>
    private static string Repeat(string text, int times)
    {
        var repeated = string.Concat(Enumerable.Repeat(text, times));
        return repeated.Length > 6000 ? repeated[..6000] : repeated;
    }
}
