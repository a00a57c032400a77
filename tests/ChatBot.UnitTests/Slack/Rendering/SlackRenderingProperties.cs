using ChatBot.Core.Commands;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.UnitTests.Slack;

/// <summary>
/// Whatever users or the corpus write, the rendered message is valid Block Kit JSON inside Slack's limits and holds
/// no live mention (no &lt;!channel&gt;, &lt;@U…&gt;, &lt;!subteam^…&gt;, no @here/@channel/@everyone).
/// </summary>
public sealed class SlackRenderingProperties
{
    private static readonly string[] Nasty =
    [
        "<!channel>", "<!here>", "<!everyone>", "<@U0123ABC>", "<@W1|bob>", "<!subteam^S123|@mods>", "<#C123|general>",
        "@here", "@channel", "@everyone", "@@here", "＠channel", "﹫everyone", "&", "&amp;", "&lt;!here&gt;", "<", ">", "<<!channel>!here>",
        "<https://evil.example|click>", "[1]", "[12]", "*", "_", "~", "`", "```", "\n", "\r\n", "|", "\uD800", "\uDC00", "😀", "日本語", "\u200B",
    ];

    private static Gen<string> Text(int maxPieces) =>
        Gen.OneOf(
                Gen.Elements(Nasty),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                Gen.Elements("The abduction of ", "Megumi Yokota ", "in 1977 ", "word ", ". ", " "))
            .ListOf()
            .Select(pieces => string.Concat(pieces.Take(maxPieces)));

    private static Gen<string> LongText() =>
        Gen.OneOf(Text(40), Text(12).SelectMany(t => Gen.Choose(1, 400).Select(n => string.Concat(Enumerable.Repeat(t, n)))));

    private static readonly Gen<ReplySource> SourceGen =
        from n in Gen.Choose(1, 99)
        from title in Text(8)
        from author in Text(4)
        from url in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements<string?>("https://example.org/x", "javascript:alert(1)", "https://a.test/<!here>|x"), Text(3).Select(s => (string?)s))
        from quote in LongText()
        select new ReplySource(n, title, author, "2002-09-17", url, quote, "a", "p");

    private static readonly Gen<ReplyButton> ButtonGen =
        from id in Gen.Elements("quotes:abc", "tl:abc", "fb:up:abc", "fb:down:abc", "tlpage:1:2", "quiz:x", "fc:y")
        from label in Text(6)
        from style in Gen.Elements(ReplyButtonStyle.Primary, ReplyButtonStyle.Secondary, ReplyButtonStyle.Danger, ReplyButtonStyle.Link)
        select new ReplyButton(id + label.Length, label, style, "https://example.org/");

    private static readonly Gen<Reply> ReplyGen =
        from title in Gen.OneOf(Gen.Constant<string?>(null), Text(10).Select(s => (string?)s))
        from body in LongText()
        from sources in Gen.Choose(0, 70).SelectMany(n => SourceGen.ListOf(n))
        from showQuotes in ArbMap.Default.GeneratorFor<bool>()
        from timeline in Gen.Choose(0, 150).SelectMany(n => Text(30).Select(t => new ReplyTimelineItem("1977", t, 1)).ListOf(n))
        from fields in Gen.Choose(0, 30).SelectMany(n => Text(10).Select(t => new ReplyField(t, t)).ListOf(n))
        from rows in Gen.Choose(0, 7).SelectMany(n => Gen.Choose(0, 30).SelectMany(m => ButtonGen.ListOf(m)).ListOf(n))
        from footer in Text(10)
        select new Reply
        {
            Kind = ReplyKind.Answer,
            Title = title,
            Body = body,
            Sources = [.. sources],
            ShowQuotes = showQuotes,
            Timeline = [.. timeline],
            Fields = [.. fields],
            ButtonRows = [.. rows.Select(r => (IReadOnlyList<ReplyButton>)[.. r])],
            Footer = footer,
        };

    [Property(MaxTest = 300)]
    public Property AnyReply_RendersValidSafeBlockKit() =>
        Prop.ForAll(ReplyGen.ToArbitrary(), reply =>
        {
            var problem = BlockKitAssertions.Problem(BlockKitRenderer.Render(reply));
            return (problem is null).Label(problem ?? "ok");
        });

    [Property(MaxTest = 200)]
    public Property AnyForm_RendersValidModal() =>
        Prop.ForAll(Text(10).ToArbitrary(), Text(6).ToArbitrary(), (title, label) =>
        {
            var form = new ReplyForm("fc:edit:1", title, [new FormField("claim", label, Multiline: true, Value: title, Placeholder: label)]);
            var view = ModalRenderer.Render(form, new ModalMetadata("C1", "https://hooks.slack.com/x"));
            var json = System.Text.Json.JsonSerializer.Serialize(view, ChatBot.Slack.SlackJsonContext.Default.ModalView);
            return (view.Title.Text.Length is >= 1 and <= 24 && view.CallbackId == "fc:edit:1" && json.Length > 0 && !json.Contains("<!", StringComparison.Ordinal)).Label(json);
        });

    [Property(MaxTest = 300)]
    public Property AnyText_EscapesToInertMrkdwn() =>
        Prop.ForAll(Text(30).ToArbitrary(), text =>
        {
            var escaped = Mrkdwn.Escape(text);
            return (!escaped.Contains('<') && !escaped.Contains('>') && BlockKitAssertions.Problem(BlockKitRenderer.Render(Reply.Info(text))) is null).Label(escaped);
        });
}
