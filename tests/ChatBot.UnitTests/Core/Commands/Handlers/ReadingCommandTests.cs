using System.Text.RegularExpressions;
using ChatBot.Core.Commands;
using ChatBot.Core.Search;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.Reading;

public sealed class ReadingCommandTests : IDisposable
{
    private readonly StudyHarness harness = new();

    [Fact]
    public async Task Reading_WithoutATopic_ListsEveryArticleOldestFirst_WithLinksWhereKnown()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "reading");

        var first = reply.Body.IndexOf("1. NoKor won’t talk", StringComparison.Ordinal);
        var second = reply.Body.IndexOf("2. Japan’s Abduction Issue", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, reply.Body);
        Assert.Contains("no link recorded", reply.Body, StringComparison.Ordinal);
        var link = Assert.Single(reply.ButtonRows.SelectMany(r => r));
        Assert.Equal((ReplyButtonStyle.Link, "https://japan-360.net/nokor-wont-talk-about-japanese-and-sokor-abductees/"), (link.Style, link.Url));
        Assert.Contains("Section \"‘An Appalling Incident’\"", reply.Body, StringComparison.Ordinal);
        AssertQuotesVerbatim(reply);
    }

    [Fact]
    public async Task Reading_OnATopic_ListsThePassagesCoveringIt_InReadingOrder()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "reading", options: new() { ["topic"] = "sanctions" });

        Assert.Equal(ReplyKind.Sources, reply.Kind);
        Assert.NotEmpty(reply.Sources);
        Assert.All(reply.Sources, s => Assert.StartsWith("000_5816683cddb79770#p", s.PassageId, StringComparison.Ordinal));
        Assert.Contains(reply.Sources, s => s.Quote.Contains("sanction", StringComparison.OrdinalIgnoreCase));
        var ordinals = reply.Sources.Select(s => int.Parse(s.PassageId.Split("#p")[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ordinals.Order(), ordinals);
        AssertQuotesVerbatim(reply);
    }

    [Fact]
    public async Task Reading_OnATopicTheWholeCorpusIsAbout_GivesEachArticleOneEntry_WithItsBestPassagesOnly()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "reading", options: new() { ["topic"] = "abduction issue" });

        var perArticle = reply.Sources.GroupBy(s => s.ArticleId).ToList();
        Assert.All(perArticle, g => Assert.InRange(g.Count(), 1, 3));
        Assert.All(perArticle, g => Assert.Single(Regex.Matches(reply.Body, $@"\n\n\d+\. {Regex.Escape(TestCorpus.Index.Article(g.Key).Title)}")));
        var main = Assert.Single(perArticle, g => g.Key == "000_5816683cddb79770");
        var paragraphs = TestCorpus.Index.Passages.Count(p => p.ArticleId == main.Key && p.Kind == Core.Corpus.BlockKind.Paragraph);
        Assert.True(main.Count() < paragraphs, $"{main.Count()} of {paragraphs} passages: the whole article");
        var ranked = RetrievalContext.For(TestCorpus.Index).Searcher.Search(TopicPlan.For(TestCorpus.Index, "abduction issue").Plan, 20).First(h => h.Passage.ArticleId == main.Key);
        Assert.Contains(main, s => s.PassageId == ranked.Passage.Id);
        AssertQuotesVerbatim(reply);
    }

    [Fact]
    public async Task Reading_OnATopicTheCorpusLacks_DeclinesPlainly()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "reading", options: new() { ["topic"] = "Megumi Yokota" });

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Empty(reply.Sources);
    }

    private static void AssertQuotesVerbatim(Reply reply) =>
        Assert.All(reply.Sources, s => Assert.Contains(s.Quote, TestCorpus.Index.Article(s.ArticleId).Text, StringComparison.Ordinal));

    public void Dispose() => harness.Dispose();
}
