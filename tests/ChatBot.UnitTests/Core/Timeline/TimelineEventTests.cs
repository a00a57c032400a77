using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineEventTests
{
    private const string Article = "Before. In 1977 she vanished near the coast. After.";
    private const string Sentence = "In 1977 she vanished near the coast.";

    private static readonly EventDate Date = new(new PartialDate(1977));

    [Fact]
    public void AnEventHoldingASlice_ReadsAndEqualsTheSameEventHoldingTheString()
    {
        var start = Article.IndexOf(Sentence, StringComparison.Ordinal);
        var sources = new[] { new TimelineSource("a", "a#0", start, Sentence.Length, SentenceText.Slice(CompactText.Of(Article), start, Sentence.Length)) };
        int[] terms = [1, 2];
        var sliced = new TimelineEvent(Date, SentenceText.Slice(CompactText.Of(Article), start, Sentence.Length), sources, terms, 3);
        var stored = new TimelineEvent(Date, Sentence, sources, terms, 3);

        Assert.Equal(Sentence, sliced.Text);
        Assert.Equal(Sentence, sliced.Sources[0].Quote);
        Assert.Equal(stored, sliced);
        Assert.Equal(stored.GetHashCode(), sliced.GetHashCode());
        Assert.Equal(new TimelineSource("a", "a#0", start, Sentence.Length, Sentence), sources[0]);
    }

    [Fact]
    public void SlicesOfOneArticle_AreEqualOnlyWhenTheirTextIs()
    {
        var article = CompactText.Of(Article);
        var start = Article.IndexOf(Sentence, StringComparison.Ordinal);
        var sentence = SentenceText.Slice(article, start, Sentence.Length);

        Assert.Equal(sentence, SentenceText.Slice(CompactText.Of(Article), start, Sentence.Length));
        Assert.Equal(sentence, SentenceText.Of(Sentence));
        Assert.NotEqual(sentence, SentenceText.Slice(article, start + 1, Sentence.Length));
        Assert.NotEqual(sentence, SentenceText.Slice(article, start, Sentence.Length - 1));
        Assert.NotEqual(new TimelineEvent(Date, sentence, [], [], 0), new TimelineEvent(Date, SentenceText.Slice(article, start + 1, Sentence.Length), [], [], 0));
    }

    [Fact]
    public void ASliceOutsideItsArticle_FailsWhenMade_NotWhenRead()
    {
        var article = CompactText.Of(Article);

        Assert.Throws<ArgumentOutOfRangeException>(() => SentenceText.Slice(article, Article.Length - 3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SentenceText.Slice(article, -1, 4));
        Assert.Equal("After.", SentenceText.Slice(article, Article.Length - 6, 6).Value);
    }

    [Fact]
    public void With_KeepsTheSliceOrReplacesTheText_AndDeconstructGivesTheText()
    {
        var start = Article.IndexOf(Sentence, StringComparison.Ordinal);
        var sliced = new TimelineEvent(Date, SentenceText.Slice(CompactText.Of("Ünïcode ✓ " + Article), start + 10, Sentence.Length), [], [], 0);

        Assert.Equal(Sentence, (sliced with { CorpusOrder = 5 }).Text);
        Assert.Equal("Other.", (sliced with { Text = "Other." }).Text);
        var (date, text, _, _, order) = sliced with { CorpusOrder = 7 };
        Assert.Equal((Date, Sentence, 7), (date, text, order));
    }

    [Fact]
    public void AnEventKeepingItsPassage_MakesItsOneSourceOnce_AndACopyHoldsTheSameList()
    {
        var article = CompactText.Of(Article);
        var start = Article.IndexOf(Sentence, StringComparison.Ordinal);
        var passage = new Passage
        {
            Ordinal = 4, Id = "a#p2", ArticleId = "a", ArticleOrdinal = 0, BlockIndex = 1, Kind = BlockKind.Paragraph, Start = 0, Length = Article.Length,
            ArticleText = article, Sentences = [],
        };
        var loaded = new TimelineEvent(Date, SentenceText.Slice(article, start, Sentence.Length), passage, [1, 2], 3);
        var hash = loaded.GetHashCode();

        Assert.Equal([new TimelineSource("a", "a#p2", start, Sentence.Length, Sentence)], loaded.SourcesUnkept);
        Assert.NotSame(loaded.SourcesUnkept, loaded.SourcesUnkept);
        Assert.Same(passage, loaded.UnmadeSource);
        var sources = loaded.Sources;
        Assert.Equal([new TimelineSource("a", "a#p2", start, Sentence.Length, Sentence)], sources);
        Assert.Same(sources, loaded.Sources);
        Assert.Null(loaded.UnmadeSource);
        Assert.Equal(hash, loaded.GetHashCode());

        var again = new TimelineEvent(Date, SentenceText.Slice(article, start, Sentence.Length), passage, loaded.Terms, 3);
        var copy = again with { };
        Assert.Same(again.Sources, copy.Sources);
        Assert.Equal(again, copy);
        Assert.Equal(again.GetHashCode(), copy.GetHashCode());
        // Lists compare by reference, as the generated equality did: two events that each made their own are not equal.
        Assert.NotEqual(loaded, again);
        Assert.NotEqual(again, new TimelineEvent(Date, SentenceText.Slice(article, start, Sentence.Length), passage, loaded.Terms, 3));
    }
}
