namespace ChatBot.UnitTests.Ingest.Support;

/// <summary>A page in the shape of a real site: the article's blocks as a reader should get them, the chrome around them, and the HTML.</summary>
internal sealed record SiteFixture(
    string Path,
    string Html,
    string Title,
    string Author,
    string Publisher,
    string Published,
    string CanonicalUrl,
    IReadOnlyList<string> ArticleBlocks,
    IReadOnlyList<string> ChromeLines);
