using ChatBot.Ingest;
using ChatBot.Ingest.Extraction;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.UnitTests.Ingest.Extraction;

public sealed class HtmlArticleExtractorTests
{
    private const string Base = "https://news.example.test";

    public static TheoryData<string> Sites => ["news", "government"];

    private static SiteFixture Site(string name) => name == "news" ? NewsSite.Fixture(Base) : GovernmentSite.Fixture(Base);

    [Theory]
    [MemberData(nameof(Sites))]
    public void Extract_KeepsEveryArticleBlockVerbatimInOrder(string name)
    {
        var site = Site(name);

        var article = HtmlArticleExtractor.Extract(site.Html, new Uri(Base + site.Path));

        Assert.Equal(site.ArticleBlocks, article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Extract_DropsSiteChrome(string name)
    {
        var site = Site(name);

        var article = HtmlArticleExtractor.Extract(site.Html, new Uri(Base + site.Path));

        var body = string.Join('\n', article.Blocks.Select(b => b.Text));
        Assert.All(site.ChromeLines, line => Assert.DoesNotContain(line, body, StringComparison.Ordinal));
        Assert.DoesNotContain("tracking", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo: Coastal Daily", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Extract_ReadsTheMetadataThePageDeclares(string name)
    {
        var site = Site(name);

        var article = HtmlArticleExtractor.Extract(site.Html, new Uri(Base + site.Path + "?utm_source=x"));

        Assert.Equal(
            (site.Title, site.Author, site.Publisher, site.Published, site.CanonicalUrl, "en"),
            (article.Title, article.Author, article.Publisher, article.Published?.ToString(), article.CanonicalUrl, article.Language));
    }

    [Fact]
    public void Extract_KeepsTheStructureOfTheNewsArticle()
    {
        var article = HtmlArticleExtractor.Extract(NewsSite.Fixture(Base).Html, new Uri(Base + "/n"));

        Assert.Equal(
            [BodyBlockKind.Paragraph, BodyBlockKind.Paragraph, BodyBlockKind.Heading, BodyBlockKind.BulletItem, BodyBlockKind.BulletItem, BodyBlockKind.BulletItem, BodyBlockKind.Quote, BodyBlockKind.Paragraph, BodyBlockKind.Paragraph],
            article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Extract_KeepsAnArticleWhoseContainerHasAChromeLikeClassName()
    {
        var html = "<html><body><div class='story-body share-enabled'>" + string.Concat(NewsSite.Article.Select(p => $"<p>{p}</p>")) + "</div>"
            + "<div class='share-bar'><a href='#'>Share on Facebook</a></div></body></html>";

        var article = HtmlArticleExtractor.Extract(html, new Uri(Base + "/s"));

        Assert.Equal(NewsSite.Article, article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_RefusesAPageWithNoArticleText()
    {
        const string Html = "<html><head><title>Log in</title></head><body><nav><a href='/'>Home</a></nav><form><input name='user'><button>Log in</button></form><p>Please log in.</p></body></html>";

        var error = Assert.Throws<IngestException>(() => HtmlArticleExtractor.Extract(Html, new Uri(Base + "/login")));

        Assert.StartsWith("no article text found at https://news.example.test/login", error.Message, StringComparison.Ordinal);
    }
}
