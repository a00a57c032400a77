using ChatBot.Core.Commands;
using ChatBot.Slack.Rendering;

namespace ChatBot.UnitTests.Slack;

public sealed class SourceBlocksTests
{
    private static ReplySource Of(int n, string article, string quote) =>
        new(n, $"Article {article}", "Author", "2023-05-03", "https://example.org/" + article, quote, article, $"{article}#p{n}");

    private static Reply Answer(bool showQuotes, params ReplySource[] sources) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Question?",
        Body = "First [1]. Second [2]. Third [3].",
        Sources = sources,
        ShowQuotes = showQuotes,
    };

    [Fact]
    public void SeveralQuotesOfOneArticle_AreOneSourceLine_AndOneQuoteSectionWithEachNumber()
    {
        var json = BlockKitAssertions.ToJson(BlockKitRenderer.Render(Answer(true, Of(1, "a", "First sentence."), Of(2, "b", "Other article."), Of(3, "a", "Third sentence."))));

        var blocks = json["blocks"]!.AsArray();
        var lines = blocks.Where(b => (string)b!["type"]! == "context").Select(b => (string)b!["elements"]![0]!["text"]!).ToList();
        Assert.Equal(["*[1] [3]* <https://example.org/a|Article a> — Author, 2023-05-03", "*[2]* <https://example.org/b|Article b> — Author, 2023-05-03"], lines);
        var quotes = blocks.Where(b => (string)b!["type"]! == "section").Select(b => (string)b!["text"]!["text"]!).Where(t => t.StartsWith("*[", StringComparison.Ordinal)).ToList();
        Assert.Equal(["*[1]*\n> First sentence.\n*[3]*\n> Third sentence.", "*[2]*\n> Other article."], quotes);
    }

    [Fact]
    public void ManyLongQuotesOfOneArticle_FitOneSection_WithEveryNumber()
    {
        var quote = string.Concat(Enumerable.Repeat("A long sentence of the article. ", 40));
        var sources = Enumerable.Range(1, 30).Select(n => Of(n, "a", quote)).ToArray();

        var message = BlockKitRenderer.Render(Answer(true, sources));

        Assert.Null(BlockKitAssertions.Problem(message));
        var text = BlockKitAssertions.ToJson(message).ToJsonString();
        Assert.Contains("*[30]*", text, StringComparison.Ordinal);
    }
}
