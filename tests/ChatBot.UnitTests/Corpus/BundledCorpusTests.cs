using ChatBot.Core.Corpus;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Corpus;

public sealed class BundledCorpusTests
{
    [Fact]
    public void Standstill_HasTheByline_DateAndReferenceList()
    {
        var article = TestCorpus.Index.Article("000_5816683cddb79770");
        Assert.Equal("Kate Allanson Conlon", article.Author);
        Assert.Contains("NEPCAP", article.Publisher);
        Assert.Equal(new PartialDate(2023, 5, 3), article.Published);
        Assert.False(article.PublishedInferred);
        Assert.Equal(6, article.Blocks.Count(b => b.Kind == BlockKind.Reference));
        Assert.DoesNotContain("Akasaka", article.Text);
    }

    [Fact]
    public void NoKor_IsDatedApril2018AsInferred_WithoutSiteChrome()
    {
        var article = TestCorpus.Index.Article("003_e59f7d15b6fc0d16");
        Assert.Equal(new PartialDate(2018, 4), article.Published);
        Assert.True(article.PublishedInferred);
        Assert.StartsWith("https://japan-360.net/", article.Url);
        foreach (var chrome in new[] { "photo credit", "Leave a Reply", "newsletter", "Required fields" })
        {
            Assert.DoesNotContain(chrome, article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void BundledCorpus_LoadsWithoutRejectionsOrWarnings()
    {
        Assert.Equal(2, TestCorpus.Index.Articles.Count);
        Assert.Empty(TestCorpus.Index.Rejected);
        Assert.Empty(TestCorpus.Index.Warnings);
    }
}
