using ChatBot.Core.Commands;

using FsCheck;
using FsCheck.Fluent;

namespace ChatBot.UnitTests.Discord.Rendering;

/// <summary>
/// Replies built from hostile text: mention syntax of every kind, markdown, emoji with joiners and modifiers, and
/// pieces long enough to break every limit, mixed with FsCheck's arbitrary strings.
/// </summary>
public static class ReplyGenerators
{
    private static readonly string[] Fragments =
    [
        "@everyone", "@here", "@Everyone", "＠here", "<@123456789012345678>", "<@!123456789012345678>", "<@&987654321098765432>",
        "<@", ">", "@", "everyone", "*", "**", "_", "~~", "`", "```", "||", "\\", "[1]", "[12]", "](https://evil.example)", "[x](https://evil.example)",
        "> ", "# ", "-# ", "\n", "\n\n", " ", ". ", "👍🏽", "👨‍👩‍👧", "é", "拉致", "\u200B", "\uD83D",
        "Five abductees returned to Japan on 15 October 2002. ", new string('a', 300), new string('x', 1100), string.Concat(Enumerable.Repeat("word ", 400)),
    ];

    public static Arbitrary<Reply> Replies() => Arb.From(ReplyGen());

    public static Gen<string> HostileText() =>
        Gen.OneOf(
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.Zip(Gen.ListOf(Gen.Elements(Fragments)), ArbMap.Default.GeneratorFor<string>()).Select(t => string.Concat(t.Item1) + t.Item2));

    private static Gen<Reply> ReplyGen() =>
        from kind in Gen.Elements(Enum.GetValues<ReplyKind>())
        from title in Gen.OrNull(HostileText())
        from body in HostileText()
        from footer in Gen.OrNull(HostileText())
        from showQuotes in Gen.Elements(true, false)
        from sources in Gen.Choose(0, 40).SelectMany(n => SourceGen().ArrayOf(n))
        from fields in Gen.Choose(0, 30).SelectMany(n => FieldGen().ArrayOf(n))
        from timeline in Gen.Choose(0, 60).SelectMany(n => TimelineGen().ArrayOf(n))
        from rows in Gen.Choose(0, 8).SelectMany(n => RowGen().ArrayOf(n))
        from visibility in Gen.Elements(ReplyVisibility.Ephemeral, ReplyVisibility.Public)
        select new Reply
        {
            Kind = kind,
            Title = title,
            Body = body,
            Footer = footer,
            ShowQuotes = showQuotes,
            Sources = [.. sources.Select((s, i) => s with { N = i + 1 })],
            Fields = fields,
            Timeline = timeline,
            ButtonRows = rows,
            Visibility = visibility,
        };

    private static Gen<ReplySource> SourceGen() =>
        from title in HostileText()
        from author in Gen.OrNull(HostileText())
        from published in Gen.OrNull(HostileText())
        from url in Gen.OrNull(Gen.OneOf(Gen.Constant("https://example.org/article"), HostileText()))
        from quote in HostileText()
        select new ReplySource(0, title, author, published, url, quote, "a", "p");

    private static Gen<ReplyField> FieldGen() =>
        from name in HostileText()
        from value in HostileText()
        from inline in Gen.Elements(true, false)
        select new ReplyField(name, value, inline);

    private static Gen<ReplyTimelineItem> TimelineGen() =>
        from date in HostileText()
        from text in HostileText()
        from citation in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 40).Select(n => (int?)n))
        select new ReplyTimelineItem(date, text, citation);

    private static Gen<IReadOnlyList<ReplyButton>> RowGen() =>
        Gen.Choose(0, 8).SelectMany(n => ButtonGen().ArrayOf(n)).Select(b => (IReadOnlyList<ReplyButton>)b);

    private static Gen<ReplyButton> ButtonGen() =>
        from id in Gen.OneOf(Gen.Elements("quotes:k1", "tl:k1", "fb:up:k1", "fb:down:k1", "", new string('q', 101)), HostileText())
        from label in HostileText()
        from style in Gen.Elements(Enum.GetValues<ReplyButtonStyle>())
        from url in Gen.OrNull(Gen.OneOf(Gen.Constant("https://example.org/x"), HostileText()))
        from emoji in Gen.OrNull(Gen.Elements("👍", "👎", "📅"))
        select new ReplyButton(id, label, style, url, emoji);
}
