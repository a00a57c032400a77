using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class SourceFieldRendererTests
{
    private static ReplySource Of(int n, string article, string quote) =>
        new(n, $"Article {article}", "Author", "2023-05-03", "https://example.org/" + article, quote, article, $"{article}#p{n}");

    private static Reply Answer(params ReplySource[] sources) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Question?",
        Body = "First [1]. Second [2]. Third [3].",
        Sources = sources,
        ShowQuotes = true,
    };

    [Fact]
    public void SeveralQuotesOfOneArticle_AreOneFieldWithEachQuoteUnderItsNumber()
    {
        var embed = ReplyRenderer.Render(Answer(Of(1, "a", "First sentence."), Of(2, "b", "Other article."), Of(3, "a", "Third sentence."))).Embeds[0];

        Assert.Equal(["[1] [3] Article a", "[2] Article b"], embed.Fields!.Select(f => f.Name));
        Assert.Equal("Author · 2023-05-03\nhttps://example.org/a\n> **[1]** First sentence.\n> **[3]** Third sentence.", embed.Fields![0].Value);
        Assert.Equal("Author · 2023-05-03\nhttps://example.org/b\n> Other article.", embed.Fields![1].Value);
    }

    [Fact]
    public void LongQuotesOfOneArticle_ShareTheFieldSoEveryNumberKeepsItsQuote()
    {
        var long1 = "The first sentence goes on. " + string.Concat(Enumerable.Repeat("And on and on. ", 80));
        var embed = ReplyRenderer.Render(Answer(Of(1, "a", long1), Of(2, "a", long1), Of(3, "a", "Short last sentence."))).Embeds[0];

        var field = Assert.Single(embed.Fields!);
        Assert.True(field.Value.Length <= DiscordLimits.FieldValue, $"{field.Value.Length}");
        Assert.Contains("> **[1]** The first sentence goes on.", field.Value, StringComparison.Ordinal);
        Assert.Contains("> **[2]** The first sentence goes on.", field.Value, StringComparison.Ordinal);
        Assert.EndsWith("> **[3]** Short last sentence.", field.Value, StringComparison.Ordinal);
        Assert.Empty(RenderedMessageAssert.Problems(ReplyRenderer.Render(Answer(Of(1, "a", long1), Of(2, "a", long1), Of(3, "a", "Short last sentence.")))));
    }
}
