using ChatBot.Core.Corpus;
using ChatBot.Ingest.Duplicates;
using ChatBot.Ingest.Extraction;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.UnitTests.Ingest.Duplicates;

public sealed class DuplicateCheckerTests
{
    private static readonly Article Stored = new()
    {
        Id = "2031-03-11-reading-room",
        Title = "Reading room",
        Url = "https://news.example.test/news/2031/03/niigata-reading-room/",
        Text = string.Join("\n\n", NewsSite.Article),
        Blocks = [],
    };

    private static ExtractedArticle Candidate(string source, IEnumerable<string> paragraphs, string? canonical = null) => new()
    {
        Title = "t",
        Source = source,
        CanonicalUrl = canonical ?? source,
        Blocks = [.. paragraphs.Select(p => new BodyBlock(BodyBlockKind.Paragraph, p))],
    };

    [Fact]
    public void FindDuplicate_MatchesTheSameCanonicalAddress_WrittenDifferently()
    {
        var candidate = Candidate("HTTP://News.Example.Test/news/2031/03/niigata-reading-room?utm_source=feed#top", ["Completely different words here."]);

        Assert.Equal(Stored.Id, DuplicateChecker.FindDuplicate(candidate, [Stored]));
    }

    [Fact]
    public void FindDuplicate_MatchesTheSameWireStoryOnAnotherSite()
    {
        // Republished with its own intro line and without the last paragraph.
        var republished = new[] { "(Wire) Reported from Niigata." }.Concat(NewsSite.Article.Take(NewsSite.Article.Length - 1));
        var candidate = Candidate("https://other.example.test/world/families-reading-room", republished);

        Assert.Equal(Stored.Id, DuplicateChecker.FindDuplicate(candidate, [Stored]));
    }

    [Fact]
    public void FindDuplicate_LetsADifferentArticleThrough()
    {
        var candidate = Candidate("https://gov.example.test/press", GovernmentSite.Article);

        Assert.Null(DuplicateChecker.FindDuplicate(candidate, [Stored]));
    }

    [Fact]
    public void Jaccard_IsOneForTheSameTextAndZeroForDisjointTexts()
    {
        var a = Shingles.Of(string.Join(' ', NewsSite.Article));
        var b = Shingles.Of(string.Join(' ', GovernmentSite.Article));

        Assert.Equal((1.0, 0.0), (Shingles.Jaccard(a, a), Shingles.Jaccard(a, b)));
    }
}
