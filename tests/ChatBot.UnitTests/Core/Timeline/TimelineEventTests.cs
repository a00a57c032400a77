using ChatBot.Core.Corpus;
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
}
