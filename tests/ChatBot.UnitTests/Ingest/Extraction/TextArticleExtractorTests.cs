using ChatBot.Ingest;
using ChatBot.Ingest.Extraction;

namespace ChatBot.UnitTests.Ingest.Extraction;

public sealed class TextArticleExtractorTests
{
    [Fact]
    public void Extract_TakesAShortFirstLineAsTheTitle_AndBlankLinesAsParagraphBreaks()
    {
        const string Text = "Statement on the reading room\r\n\r\nThe families thank the library\r\nfor its help.\r\n\r\n\r\nThe room opens on weekdays.\n";

        var article = TextArticleExtractor.Extract(Text, "https://gov.example/statement.txt");

        Assert.Equal("Statement on the reading room", article.Title);
        Assert.Equal(["The families thank the library for its help.", "The room opens on weekdays."], article.Blocks.Select(b => b.Text));
        Assert.Equal("https://gov.example/statement.txt", article.CanonicalUrl);
    }

    [Fact]
    public void Extract_AFirstSentenceIsNotATitle_AndALocalFileHasNoCanonicalAddress()
    {
        var article = TextArticleExtractor.Extract("The room opened on Tuesday.\n\nIt holds 4,000 documents.", "downloads/statement.txt");

        Assert.Equal(("statement", 2, null), (article.Title, article.Blocks.Count, article.CanonicalUrl));
    }

    [Fact]
    public void Extract_RefusesAnEmptyText_ForGood()
    {
        var error = Assert.Throws<IngestException>(() => TextArticleExtractor.Extract(" \n\n \n", "empty.txt"));

        Assert.Equal(("no article text found in empty.txt: it is empty", true), (error.Message, error.Lasting));
    }
}
