using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Slack.Rendering;

namespace ChatBot.UnitTests.Slack;

public sealed class BlockKitRendererTests
{
    private static readonly ReplySource Source = new(1, "Abductions <of> Japanese & citizens", "Ministry", "2023-05-03", "https://example.org/a?x=1&y=2", "In 2002 North Korea admitted <!channel> it.", "a1", "p1");

    private static Reply Answer(bool showQuotes = false) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "When did North Korea admit it?",
        Body = "North Korea admitted the abductions on September 17, 2002 [1].",
        Sources = [Source],
        ShowQuotes = showQuotes,
        ButtonRows = [[new ReplyButton("quotes:abc", "Show quotes"), new ReplyButton("fb:up:abc", "Helpful", Emoji: "👍")]],
        Footer = "Answers come only from the 2 indexed articles.",
    };

    [Fact]
    public void Render_Answer_HasHeaderSectionSourceContextFooterAndButtons()
    {
        var json = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer()));
        var types = json["blocks"]!.AsArray().Select(b => (string)b!["type"]!).ToList();
        Assert.Equal(["header", "section", "context", "context", "actions"], types);
        Assert.Contains("[1]", (string)json["blocks"]![1]!["text"]!["text"]!, StringComparison.Ordinal);
        Assert.True((bool)json["blocks"]![1]!["text"]!["verbatim"]!);
    }

    [Fact]
    public void Render_Source_IsEscapedLinkWithAuthorAndDate()
    {
        var json = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer()));
        var line = (string)json["blocks"]![2]!["elements"]![0]!["text"]!;
        Assert.Equal("*[1]* <https://example.org/a?x=1&amp;y=2|Abductions &lt;of&gt; Japanese &amp; citizens> — Ministry, 2023-05-03", line);
    }

    [Fact]
    public void Render_Quotes_OnlyWhenAsked_AndNeutralised()
    {
        var hidden = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer()));
        Assert.DoesNotContain("admitted <", hidden.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("In 2002", hidden.ToJsonString(), StringComparison.Ordinal);

        var shown = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer(showQuotes: true)));
        var quote = (string)shown["blocks"]![3]!["text"]!["text"]!;
        Assert.Equal("*[1]*\n> In 2002 North Korea admitted channel it.", quote);
    }

    [Fact]
    public void Render_Buttons_KeepActionIdsAndEmoji()
    {
        var json = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer()));
        var buttons = json["blocks"]![4]!["elements"]!.AsArray();
        Assert.Equal("quotes:abc", (string)buttons[0]!["action_id"]!);
        Assert.Equal("👍 Helpful", (string)buttons[1]!["text"]!["text"]!);
    }

    [Fact]
    public void Render_LinkButton_GetsUrlAndReservedActionId()
    {
        var reply = Reply.Info("x") with { ButtonRows = [[new ReplyButton("open:1", "Read", ReplyButtonStyle.Link, "https://example.org/")]] };
        var button = BlockKitAssertions.ToJson(BlockKitRenderer.Render(reply))["blocks"]![1]!["elements"]![0]!;
        Assert.Equal(ButtonBlocks.LinkActionPrefix + "open:1", (string)button["action_id"]!);
        Assert.Equal("https://example.org/", (string)button["url"]!);
    }

    [Fact]
    public void Render_LongBody_SplitsAtSentences_WithoutLosingCitations()
    {
        var sentence = "The government of Japan lists seventeen abductees and continues to press for their return [1]. ";
        var reply = Reply.Info(string.Concat(Enumerable.Repeat(sentence, 100)));
        var sections = BlockKitAssertions.ToJson(BlockKitRenderer.Render(reply))["blocks"]!.AsArray().Select(b => (string)b!["text"]!["text"]!).ToList();
        Assert.True(sections.Count > 1);
        Assert.All(sections, s => Assert.True(s.Length <= 3000));
        Assert.All(sections.SkipLast(1), s => Assert.EndsWith("[1].", s, StringComparison.Ordinal));
        Assert.Equal(100, sections.Sum(s => s.Split("[1]").Length - 1));
    }

    [Fact]
    public void Render_ManySources_PacksThemUnderTheBlockLimit()
    {
        var sources = Enumerable.Range(1, 60).Select(n => Source with { N = n, ArticleId = $"a{n}" }).ToList();
        var message = BlockKitRenderer.Render(Answer(showQuotes: true) with { Sources = sources });
        Assert.Null(BlockKitAssertions.Problem(message));
        var text = BlockKitAssertions.ToJson(message).ToJsonString();
        Assert.Contains("[60]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReply_StillHasOneValidBlock()
    {
        var message = BlockKitRenderer.Render(new Reply { Kind = ReplyKind.Info });
        Assert.Null(BlockKitAssertions.Problem(message));
    }

    [Fact]
    public void Render_Timeline_ListsDatedEventsWithCitations()
    {
        var reply = new Reply { Kind = ReplyKind.Timeline, Timeline = [new ReplyTimelineItem("1977-11-15", "Megumi Yokota abducted", 1)] };
        var text = (string)BlockKitAssertions.ToJson(BlockKitRenderer.Render(reply))["blocks"]![0]!["text"]!["text"]!;
        Assert.Equal("*1977-11-15* — Megumi Yokota abducted [1]", text);
    }

    [Fact]
    public void Fallback_IsEscapedAndWithoutBroadcasts()
    {
        var fallback = BlockKitRenderer.Fallback(Reply.Info("Hey @here <!everyone> & <@U123>"));
        Assert.Equal("Hey here everyone &amp; @user", fallback);
    }

    [Fact]
    public void Render_JsonIsValid()
    {
        var json = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer(showQuotes: true)));
        Assert.NotNull(JsonNode.Parse(json.ToJsonString()));
    }
}
