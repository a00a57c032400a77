using ChatBot.Ingest.Extraction;
using ChatBot.UnitTests.Ingest.Support;
using UglyToad.PdfPig.Writer;
using UglyToad.PdfPig.Content;

namespace ChatBot.UnitTests.Ingest.Extraction;

public sealed class PdfArticleExtractorTests
{
    [Fact]
    public void Extract_JoinsHyphenatedLinesAndDropsRunningHeadersAndPageNumbers()
    {
        var article = PdfArticleExtractor.Extract(ReportPdf.Build(), "report.pdf");

        Assert.Equal(ReportPdf.Paragraphs, article.Blocks.Select(b => b.Text));
        var body = string.Join('\n', article.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(ReportPdf.RunningHeader, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2 of 3", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TakesTheTitleFromTheLargeFirstLine_AndTheAuthorFromTheDocumentInformation()
    {
        var article = PdfArticleExtractor.Extract(ReportPdf.Build(), "report.pdf");

        Assert.Equal((ReportPdf.Title, ReportPdf.Author), (article.Title, article.Author));
    }

    [Fact]
    public void Extract_UsesTheDocumentTitleWhenTheTextHasNone()
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Title from the document information";
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("A single paragraph of body text without any heading above it.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);

        var article = PdfArticleExtractor.Extract(builder.Build(), "x.pdf");

        Assert.Equal("Title from the document information", article.Title);
    }
}
