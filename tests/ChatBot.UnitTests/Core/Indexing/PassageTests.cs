using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class PassageTests
{
    [Fact]
    public void EveryPassage_IsExactArticleText_MadeOfWholeSentences_InsideOneParagraph()
    {
        var index = TestCorpus.Index;
        foreach (var passage in index.Passages)
        {
            var article = index.ArticleOf(passage);
            var block = article.Blocks[passage.BlockIndex];
            Assert.Equal(article.Text.Substring(passage.Start, passage.Length), passage.Text);
            Assert.InRange(passage.Start, block.Start, block.End);
            Assert.InRange(passage.End, block.Start, block.End);
            Assert.Equal(passage.Start, passage.Sentences[0].Start);
            Assert.Equal(passage.End, passage.Sentences[^1].End);
            Assert.All(passage.Sentences, s => Assert.True(s.Start >= passage.Start && s.End <= passage.End));
        }
    }

    [Fact]
    public void APassage_SlicedFromItsArticle_EqualsOneHoldingItsOwnText()
    {
        var passage = TestCorpus.Index.Passages[3];
        var copy = passage with { Text = new string(passage.Text.AsSpan()) };

        Assert.Equal(passage, copy);
        Assert.Equal(passage.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(passage, copy with { Text = passage.Text + "." });
        Assert.NotSame(passage.Text, passage.Text);
    }

    [Fact]
    public void APassageHoldingItsOwnText_KeepsIt_WhenGivenItsArticleText()
    {
        var passage = TestCorpus.Index.Passages[3];
        var article = CompactText.Of(new string('x', passage.End));
        var own = passage with { Text = "own words" };

        Assert.Equal("own words", (own with { ArticleText = article }).Text);
        Assert.Equal(new string('x', passage.Length), (passage with { ArticleText = article }).Text);
    }

    [Fact]
    public void Passages_HaveUniqueIds_AndKnowTheirHeadings()
    {
        var index = TestCorpus.Index;
        Assert.Equal(index.Passages.Count, index.Passages.Select(p => p.Id).Distinct().Count());
        var underHeading = index.Passages.First(p => p.Text.StartsWith("Despite previous efforts", StringComparison.Ordinal));
        Assert.Equal("‘An Appalling Incident’", underHeading.Heading);
        Assert.Contains(index.Passages, p => p.Kind == BlockKind.Reference && p.Text.StartsWith("Boynton", StringComparison.Ordinal));
    }

    [Fact]
    public void LongParagraphs_AreSplit_ShortOnesAreNot()
    {
        var index = TestCorpus.Index;
        Assert.True(index.Passages.Count(p => p.ArticleId == "000_5816683cddb79770" && p.Kind == BlockKind.Paragraph) > 5);
        Assert.All(index.Passages, p => Assert.True(p.Text.Split(' ').Length < 200, p.Id));
    }

    [Fact]
    public void APassageWhoseIdIsMade_EqualsAndHashesLikeOneHoldingItsIdAsText()
    {
        var passage = TestCorpus.Index.Passages[5];
        var holding = passage with { Id = new string(passage.Id.AsSpan()) };

        Assert.Equal(passage, holding);
        Assert.Equal(holding, passage);
        Assert.Equal(HashCode.Combine(passage.Ordinal, passage.Id, passage.Start, passage.Length), passage.GetHashCode());
        Assert.Equal(holding.GetHashCode(), passage.GetHashCode());
        Assert.NotEqual(passage, passage with { Id = passage.Id + "0" });
    }

    [Fact]
    public void PassagesWithMadeIds_AreEqual_OnlyWithTheSameArticleIdAndNumber()
    {
        var content = CompactText.Of("One. Two.");
        TextSpan[] sentences = [new(0, 4), new(5, 4)];
        Passage Made(string articleId, int number) => new(0, articleId, number, 0, 0, BlockKind.Paragraph, 0, 9, content, null, sentences);

        Assert.Equal(Made("a", 12), Made("a", 12));
        Assert.Equal(Made("a", 12).GetHashCode(), Made("a", 12).GetHashCode());
        Assert.Equal("a#p12", Made("a", 12).Id);
        Assert.NotEqual(Made("a", 12), Made("a", 2));
        Assert.NotEqual(Made("a", 12), Made("a#p1", 2));
        Assert.NotEqual(Made("a", 12), Made("b", 12) with { ArticleId = "a" });
    }

    [Fact]
    public void ACopy_KeepsItsId_WhenItsKindOrArticleChanges()
    {
        var passage = TestCorpus.Index.Passages.First(p => p.Id.EndsWith("#p2", StringComparison.Ordinal));
        var reference = passage with { Kind = BlockKind.Reference };
        var moved = passage with { ArticleId = "another" };

        Assert.Equal((BlockKind.Reference, passage.Id), (reference.Kind, reference.Id));
        Assert.Equal(BlockKind.Paragraph, passage.Kind);
        Assert.Equal(("another", passage.Id), (moved.ArticleId, moved.Id));
        Assert.Equal(passage.Ordinal + 1, (passage with { Ordinal = passage.Ordinal + 1 }).Ordinal);
        Assert.Equal(passage.Id, (passage with { Ordinal = passage.Ordinal + 1 }).Id);
    }
}
