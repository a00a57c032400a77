using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class PassagesByIdTests
{
    public static TheoryData<string> Corpora => ["bundled", "synthetic"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryPassage_IsItsArticleIdAndNumber_AndIsFoundByIt(string corpus)
    {
        var index = corpus == "bundled" ? TestCorpus.Index : TestCorpus.Synthetic;
        var number = 0;
        for (var i = 0; i < index.Passages.Count; i++)
        {
            var passage = index.Passages[i];
            number = i > 0 && index.Passages[i - 1].ArticleId == passage.ArticleId ? number + 1 : 1;
            Assert.Equal($"{passage.ArticleId}#p{number}", passage.Id);
            Assert.True(index.TryGetPassage(passage.Id, out var found));
            Assert.Same(passage, found);
        }
    }

    [Fact]
    public void IdsThatOnlyLookLikeAPassages_AreNotFound()
    {
        var index = TestCorpus.Index;
        var article = index.Passages[0].ArticleId;
        var last = index.Passages.Count(p => p.ArticleId == article);
        Assert.True(last >= 3 && index.Passages[last].ArticleId != article);
        Assert.True(index.TryGetPassage($"{article}#p3", out _));
        foreach (var id in new[] { $"{article}#p03", $"{article}#p+3", $"{article}#p3 ", $"{article}#p", $"{article}#p0", $"{article}#P3", $"{article}#p-1",
            $"{article}#p{last + 1}", $"{article}#p99999999999", $"{article}x#p3", $"{article[..^1]}#p3", "#p3", "" })
        {
            Assert.False(index.TryGetPassage(id, out _), id);
        }
    }

    [Fact]
    public void PassagesGivenTheirOwnIds_AreFound_AndAnIdTakenTwiceIsRefused()
    {
        Passage[] passages = [Given(0, "a#p1", "a"), Given(1, "a#p3", "a"), Given(2, "own id", "b")];
        var byId = new PassagesById(passages);

        Assert.Same(passages[1], byId["a#p3"]);
        Assert.Same(passages[2], byId["own id"]);
        Assert.False(byId.ContainsKey("a#p2"));
        Assert.Equal(new[] { "a#p1", "a#p3", "own id" }, byId.Keys);

        var made = TestCorpus.Index.Passages[0];
        Assert.Throws<ArgumentException>(() => new PassagesById([made, Given(1, made.Id, made.ArticleId)]));
        Assert.Throws<ArgumentException>(() => new PassagesById([Given(0, made.Id, made.ArticleId), made]));
        Assert.Throws<ArgumentException>(() => new PassagesById([made, made with { Ordinal = 1 }]));
        Assert.Throws<ArgumentException>(() => new PassagesById([passages[0], passages[0]]));
    }

    [Fact]
    public void APassageNotWhereItsNumberSays_IsStillFound()
    {
        var index = TestCorpus.Index;
        Passage[] shuffled = [index.Passages[2], index.Passages[0], index.Passages[1]];
        var byId = new PassagesById(shuffled);

        Assert.All(shuffled, p => Assert.Same(p, byId[p.Id]));
        Assert.False(byId.ContainsKey(index.Passages[3].Id));

        // The second passage of another article, where the first article's second would be.
        var second = index.Passages.First(p => p.ArticleId != index.Passages[0].ArticleId && p.Id.EndsWith("#p2", StringComparison.Ordinal));
        var mixed = new PassagesById([index.Passages[0], second]);
        Assert.Same(second, mixed[second.Id]);
        Assert.False(mixed.ContainsKey(index.Passages[1].Id));
    }

    private static Passage Given(int ordinal, string id, string articleId) => new()
    {
        Ordinal = ordinal, Id = id, ArticleId = articleId, ArticleOrdinal = 0, BlockIndex = 0, Kind = BlockKind.Paragraph, Start = 0, Length = 4,
        Text = "text", Sentences = [new TextSpan(0, 4)],
    };
}
