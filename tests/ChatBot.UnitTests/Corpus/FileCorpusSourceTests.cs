using ChatBot.Core.Corpus;
using ChatBot.Corpus;

namespace ChatBot.UnitTests.Corpus;

public sealed class FileCorpusSourceTests
{
    private const string Good = "---\ntitle: A title\nauthor: A. Writer\npublisher: Press\npublished: 2019-03\nurl: https://example.org/a\nlanguage: en\ntags: [one, two]\n---\n\n# A title\n\nFirst paragraph. Second sentence.\n\n## Section\n\nAnother paragraph.\n";

    [Fact]
    public async Task Load_ReadsMarkdownFrontMatterAndBlocks()
    {
        using var corpus = new TempCorpus().With("a.md", Good);
        var result = await new FileCorpusSource().LoadAsync(corpus.Directory);

        var article = Assert.Single(result.Articles);
        Assert.Equal("a", article.Id);
        Assert.Equal("A title", article.Title);
        Assert.Equal("A. Writer", article.Author);
        Assert.Equal(new PartialDate(2019, 3), article.Published);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(["one", "two"], article.Tags);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
        Assert.Equal("First paragraph. Second sentence.", article.BlockText(article.Blocks[0]));
    }

    [Fact]
    public async Task Load_ReadsTextAndHtmlRecursively_AndFilesWithoutFrontMatter()
    {
        const string html = "<html lang=\"en\"><head><title>Site | Page</title><meta name=\"author\" content=\"H. Author\"><meta property=\"article:published_time\" content=\"2021-07-04T10:00:00Z\"><link rel=\"canonical\" href=\"https://example.org/h\"></head>"
            + "<body><nav><p>Home About</p></nav><article><h1>Html title</h1><p>Body text here.</p><figure><figcaption>A caption</figcaption></figure><div class=\"comments\"><p>Nice post!</p></div></article><footer><p>Subscribe</p></footer></body></html>";
        using var corpus = new TempCorpus()
            .With("t.txt", "Plain title\n\nPlain body paragraph.")
            .With("deep/nested/h.html", html)
            .With("n.md", "# Heading title\n\nNo front matter here.");
        var result = await new FileCorpusSource().LoadAsync(corpus.Directory);

        Assert.Empty(result.Rejected);
        var text = result.Articles.Single(a => a.Id == "t");
        Assert.Equal("Plain title", text.Title);
        var page = result.Articles.Single(a => a.Id == "h");
        Assert.Equal("Html title", page.Title);
        Assert.Equal("H. Author", page.Author);
        Assert.Equal(new PartialDate(2021, 7, 4), page.Published);
        Assert.Equal("https://example.org/h", page.Url);
        Assert.Equal("Body text here.", page.Text);
        Assert.Equal("Heading title", result.Articles.Single(a => a.Id == "n").Title);
    }

    [Fact]
    public async Task Load_RejectsBrokenFilesWithReasons_AndKeepsTheRest()
    {
        using var corpus = new TempCorpus()
            .With("good.md", Good)
            .With("yaml.md", "---\ntitle: [unclosed\n---\nBody.")
            .With("open.md", "---\ntitle: never closed\nBody.")
            .WithBytes("bytes.md", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x0A])
            .With("empty.md", "---\ntitle: Nothing\n---\n\n")
            .With("date.md", "---\ntitle: When\npublished: 3 May 2023\n---\nBody.")
            .With("sub/good.txt", "Duplicate id\n\nBody.");
        var result = await new FileCorpusSource().LoadAsync(corpus.Directory);

        Assert.Equal("good", Assert.Single(result.Articles).Id);
        var reasons = result.Rejected.ToDictionary(r => r.Path, r => r.Reason);
        Assert.Contains("bad front matter", reasons["yaml.md"]);
        Assert.Contains("not closed", reasons["open.md"]);
        Assert.Contains("invalid UTF-8", reasons["bytes.md"]);
        Assert.Contains("empty body", reasons["empty.md"]);
        Assert.Contains("unknown date format", reasons["date.md"]);
        Assert.Contains("duplicate id 'good'", reasons["sub/good.txt"]);
    }

    [Fact]
    public async Task Load_WarnsAboutUnknownKeysAndBadUrls_ButLoads()
    {
        using var corpus = new TempCorpus().With("w.md", "---\ntitle: T\npubished: 2020\nurl: not a url\n---\nBody.");
        var result = await new FileCorpusSource().LoadAsync(corpus.Directory);

        Assert.Null(Assert.Single(result.Articles).Url);
        Assert.Contains(result.Warnings, w => w.Reason.Contains("pubished", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Reason.Contains("'url'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fingerprint_ChangesWithContent_AndMatchesTheLoad()
    {
        using var corpus = new TempCorpus().With("a.md", Good);
        var source = new FileCorpusSource();
        var before = await source.ComputeFingerprintAsync(corpus.Directory);
        Assert.Equal(before, (await source.LoadAsync(corpus.Directory)).Fingerprint);

        corpus.With("a.md", Good + "\nOne more paragraph.");
        Assert.NotEqual(before, await source.ComputeFingerprintAsync(corpus.Directory));
    }

    [Fact]
    public async Task Load_ReportsAMissingFolderClearly()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new FileCorpusSource().LoadAsync("/no/such/corpus"));
        Assert.Contains("/no/such/corpus", error.Message);
    }
}
