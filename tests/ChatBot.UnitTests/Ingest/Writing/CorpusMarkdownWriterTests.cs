using ChatBot.Core.Corpus;
using ChatBot.Corpus;
using ChatBot.Ingest.Extraction;
using ChatBot.Ingest.Writing;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.UnitTests.Ingest.Writing;

public sealed class CorpusMarkdownWriterTests
{
    private static readonly DateTimeOffset Retrieved = new(2031, 3, 12, 4, 5, 6, TimeSpan.Zero);

    [Fact]
    public async Task Render_WritesAFileTheCorpusReaderLoadsWithTheSameTextAndMetadata()
    {
        var extracted = HtmlArticleExtractor.Extract(NewsSite.Fixture("https://news.example.test").Html, new Uri("https://news.example.test/n"));
        var folder = Directory.CreateTempSubdirectory("ingest-writer-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.md"), CorpusMarkdownWriter.Render(extracted, "cli:tester", Retrieved));

            var load = await new FileCorpusSource().LoadAsync(folder.FullName);

            var article = Assert.Single(load.Articles);
            Assert.Empty(load.Warnings);
            Assert.Equal(
                (extracted.Title, extracted.Author, extracted.Publisher, (PartialDate?)new PartialDate(2031, 3, 11), extracted.CanonicalUrl),
                (article.Title, article.Author, article.Publisher, article.Published, article.Url));
            Assert.Equal(NewsSite.Article, article.Blocks.Select(article.BlockText));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_RecordsWhereAndWhenAndByWhom()
    {
        var article = new ExtractedArticle { Title = "T: \"quoted\" #1", Source = "https://x.example/a", Blocks = [new BodyBlock(BodyBlockKind.Paragraph, "Body.")] };

        var text = CorpusMarkdownWriter.Render(article, "discord:123", Retrieved);

        Assert.Contains("title: \"T: \\\"quoted\\\" #1\"\n", text, StringComparison.Ordinal);
        Assert.Contains("source_url: \"https://x.example/a\"\nretrieved: 2031-03-12T04:05:06Z\nadded_by: \"discord:123\"\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1984. The year it began.")]
    [InlineData("# not a heading, *not emphasis* and [not a link](x) <b>not html</b> &amp; A_B")]
    [InlineData("- not a list item > nor a quote")]
    public async Task Render_EscapesMarkdownSoTheTextReadsBackVerbatim(string paragraph)
    {
        var article = new ExtractedArticle { Title = "T", Source = "s", Blocks = [new BodyBlock(BodyBlockKind.Paragraph, paragraph)] };
        var folder = Directory.CreateTempSubdirectory("ingest-escape-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.md"), CorpusMarkdownWriter.Render(article, "t", Retrieved));

            var loaded = Assert.Single((await new FileCorpusSource().LoadAsync(folder.FullName)).Articles);

            Assert.Equal(paragraph, loaded.BlockText(Assert.Single(loaded.Blocks)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
