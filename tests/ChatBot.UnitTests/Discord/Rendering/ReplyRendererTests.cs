using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;
using ChatBot.UnitTests.Discord.Support;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class ReplyRendererTests
{
    [Fact]
    public void Answer_IsAnEmbedWithCitationsSourceFieldsFooterAndButtons()
    {
        var message = ReplyRenderer.Render(Replies.Answer());

        var embed = Assert.Single(message.Embeds);
        Assert.Equal("When did the five abductees return?", embed.Title);
        Assert.Contains("15 October 2002 [1].", embed.Description);
        Assert.Contains("September summit [2].", embed.Description);
        Assert.Collection(
            embed.Fields!,
            f => Assert.Equal(("[1] The Abductions", "R. Boynton · 2015-05-01\nhttps://example.org/a"), (f.Name, f.Value)),
            f => Assert.Equal(("[2] Summit diplomacy", "2002-09-17\nhttps://example.org/b"), (f.Name, f.Value)));
        Assert.Equal("Answers come only from the indexed articles (corpus of 2026-11-01).", embed.Footer?.Text);
        var row = Assert.Single(message.Components);
        Assert.Equal(["quotes:k1", "tl:k1", "fb:up:k1", "fb:down:k1"], row.Components!.Select(b => b.CustomId));
        Assert.Equal("👍", row.Components![2].Emoji?.Name);
        Assert.Null(row.Components![2].Label);
        Assert.True(message.Ephemeral);
        Assert.Equal(MessageFlags.Ephemeral, message.ToCallbackData().Flags);
        Assert.Empty(message.ToCallbackData().AllowedMentions!.Parse);
    }

    [Fact]
    public void ShowQuotes_PutsTheVerbatimQuoteUnderItsSource()
    {
        var embed = ReplyRenderer.Render(Replies.Answer() with { ShowQuotes = true }).Embeds[0];

        Assert.EndsWith("> Five abductees returned to Japan on 15 October 2002.", embed.Fields![0].Value);
    }

    [Fact]
    public void PublicReply_HasNoEphemeralFlag()
    {
        Assert.Null(ReplyRenderer.Render(Replies.Answer(ReplyVisibility.Public)).ToCallbackData().Flags);
    }

    [Fact]
    public void Mentions_AreMadeInertInEveryString()
    {
        var reply = Replies.Answer() with { Title = "@here", Body = "Ask @everyone and <@123> or <@&456> [1].", Footer = "@everyone" };

        var embed = ReplyRenderer.Render(reply).Embeds[0];

        Assert.Equal("@\u200Bhere", embed.Title);
        Assert.Equal("Ask @\u200Beveryone and <\u200B@123> or <\u200B@&456> [1].", embed.Description);
        Assert.Equal("@\u200Beveryone", embed.Footer?.Text);
    }

    [Fact]
    public void Markdown_InUserAndCorpusText_IsShownAsTyped()
    {
        var reply = Replies.Answer() with { Body = "**not bold** _x_ `code` ||spoiler|| [link](https://evil.example)\n# heading\n> quote" };

        var description = ReplyRenderer.Render(reply).Embeds[0].Description;

        Assert.Equal("\\*\\*not bold\\*\\* \\_x\\_ \\`code\\` \\|\\|spoiler\\|\\| [link]\\(https://evil.example)\n\\# heading\n\\> quote", description);
    }

    [Fact]
    public void LongBody_IsCutAtASentenceAndKeepsEveryMarkerWhole()
    {
        var sentences = Enumerable.Range(1, 200).Select(n => $"Sentence number {n} reports what article {n % 3 + 1} says [{n % 3 + 1}].");
        var reply = Replies.Answer() with { Body = string.Join(' ', sentences) };

        var embed = ReplyRenderer.Render(reply).Embeds[0];

        Assert.True(embed.Description!.Length <= DiscordLimits.EmbedDescription);
        Assert.EndsWith("].…", embed.Description);
        Assert.Equal(2, embed.Fields!.Count);
    }

    [Fact]
    public void ManySourcesWithLongQuotes_StayWithinTheEmbedTotal_AndKeepEverySource()
    {
        var sources = Enumerable.Range(1, 30).Select(n => new ReplySource(n, $"Article {n} " + new string('t', 300), "Author", "2002", "https://example.org/" + n, new string('q', 2000), "a", "p")).ToList();
        var reply = Replies.Answer() with { Sources = sources, ShowQuotes = true, Body = new string('b', 5000) };

        var message = ReplyRenderer.Render(reply);

        Assert.Empty(RenderedMessageAssert.Problems(message));
        var fields = message.Embeds[0].Fields!;
        Assert.Equal(25, fields.Count);
        Assert.StartsWith("[24] Article 24", fields[23].Name);
        Assert.Equal("Sources [25]–[30]", fields[24].Name);
    }

    [Theory]
    [InlineData(ReplyKind.Error)]
    [InlineData(ReplyKind.Invalid)]
    [InlineData(ReplyKind.Refused)]
    [InlineData(ReplyKind.RateLimited)]
    [InlineData(ReplyKind.Info)]
    public void Notices_ArePlainContent(ReplyKind kind)
    {
        var message = ReplyRenderer.Render(new Reply { Kind = kind, Body = "Please try again." });

        Assert.Equal("Please try again.", message.Content);
        Assert.Empty(message.Embeds);
    }

    [Fact]
    public void Timeline_ListsDatedItemsWithTheirCitations()
    {
        var reply = new Reply { Kind = ReplyKind.Timeline, Title = "Timeline", Timeline = [new("1977-11-15", "Yokota Megumi is abducted", 1), new("2002-10-15", "Five return", null)] };

        var description = ReplyRenderer.Render(reply).Embeds[0].Description;

        Assert.Equal("**1977-11-15** — Yokota Megumi is abducted [1]\n**2002-10-15** — Five return", description);
    }

    [Fact]
    public void ButtonRows_AreCappedAtFiveRowsOfFive_WithUniqueIds()
    {
        var rows = Enumerable.Range(0, 7).Select(r => (IReadOnlyList<ReplyButton>)[.. Enumerable.Range(0, 7).Select(b => new ReplyButton($"tlpage:{r}:{b}", $"Page {b}"))]).ToList();
        rows.Insert(0, [new ReplyButton("dup", "A"), new ReplyButton("dup", "B"), new ReplyButton(new string('x', 101), "Too long")]);

        var components = ReplyRenderer.Render(Replies.Answer() with { ButtonRows = rows }).Components;

        Assert.Equal(5, components.Count);
        Assert.Single(components[0].Components!);
        Assert.All(components.Skip(1), row => Assert.Equal(5, row.Components!.Count));
    }
}
