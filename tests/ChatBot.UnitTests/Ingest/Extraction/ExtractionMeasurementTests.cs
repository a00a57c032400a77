using ChatBot.Ingest.Extraction;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.UnitTests.Ingest.Extraction;

/// <summary>
/// The extraction targets, measured over every fixture (the news page, the government page, the PDF report):
/// the share of article blocks kept verbatim (≥ 95%), the share of chrome lines dropped (≥ 98%), and the metadata
/// fields that match. The counts are pinned too, so a fixture that shrinks cannot make the shares look better.
/// </summary>
public sealed class ExtractionMeasurementTests
{
    private const string Base = "https://news.example.test";

    [Fact]
    public void Extraction_KeepsAtLeast95PercentOfArticleBlocks_AndDropsAtLeast98PercentOfChrome()
    {
        var (kept, articleBlocks, dropped, chromeLines) = (0, 0, 0, 0);
        foreach (var site in new[] { NewsSite.Fixture(Base), GovernmentSite.Fixture(Base) })
        {
            var blocks = HtmlArticleExtractor.Extract(site.Html, new Uri(Base + site.Path)).Blocks.Select(b => b.Text).ToList();
            Count(site.ArticleBlocks, site.ChromeLines, blocks);
        }

        var pdf = PdfArticleExtractor.Extract(ReportPdf.Build(), "report.pdf").Blocks.Select(b => b.Text).ToList();
        Count(ReportPdf.Paragraphs, [ReportPdf.RunningHeader, "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], pdf);

        Assert.Equal((17, 24), (articleBlocks, chromeLines));
        Assert.True(kept >= 0.95 * articleBlocks, $"{kept}/{articleBlocks} article blocks kept");
        Assert.True(dropped >= 0.98 * chromeLines, $"{dropped}/{chromeLines} chrome lines dropped");
        Assert.Equal((17, 24), (kept, dropped));

        void Count(IReadOnlyList<string> article, IReadOnlyList<string> chrome, List<string> extracted)
        {
            var body = string.Join('\n', extracted);
            articleBlocks += article.Count;
            kept += article.Count(extracted.Contains);
            chromeLines += chrome.Count;
            dropped += chrome.Count(line => !body.Contains(line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Extraction_MatchesEveryDeclaredMetadataField()
    {
        var matched = 0;
        foreach (var site in new[] { NewsSite.Fixture(Base), GovernmentSite.Fixture(Base) })
        {
            var article = HtmlArticleExtractor.Extract(site.Html, new Uri(Base + site.Path));
            matched += new[] { (site.Title, article.Title), (site.Author, article.Author), (site.Publisher, article.Publisher), (site.Published, article.Published?.ToString()), (site.CanonicalUrl, article.CanonicalUrl) }
                .Count(pair => pair.Item1 == pair.Item2);
        }

        var pdf = PdfArticleExtractor.Extract(ReportPdf.Build("D:20310220090000+09'00'"), "report.pdf");
        matched += new[] { (ReportPdf.Title, pdf.Title), (ReportPdf.Author, pdf.Author), ("2031-02-20", pdf.Published?.ToString()) }.Count(pair => pair.Item1 == pair.Item2);

        Assert.Equal(13, matched);
    }
}
