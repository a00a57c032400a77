using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Commands;

public sealed class ReplySourceGroupTests
{
    private static ReplySource Of(int n, string article, string title = "Title") =>
        new(n, title, "Author", "2023-05-03", "https://example.org/" + article, $"Quote {n}.", article, $"{article}#p{n}");

    [Fact]
    public void SourcesOfOneArticle_AreOneGroup_InTheOrderOfTheirFirstNumber()
    {
        var groups = ReplySourceGroup.Of([Of(1, "a"), Of(2, "b", "Other"), Of(3, "a"), Of(4, "a")]);

        Assert.Equal(["[1] [3] [4]", "[2]"], groups.Select(g => g.Numbers));
        Assert.Equal(["Quote 1.", "Quote 3.", "Quote 4."], groups[0].Sources.Select(s => s.Quote));
        Assert.Equal("Title", groups[0].Article.Title);
    }

    [Fact]
    public void SourcesWithoutAnArticleId_OrWithOtherDetails_StayApart()
    {
        var groups = ReplySourceGroup.Of([Of(1, ""), Of(2, ""), Of(3, "a"), Of(4, "a", "A different title")]);

        Assert.Equal(["[1]", "[2]", "[3]", "[4]"], groups.Select(g => g.Numbers));
    }
}
