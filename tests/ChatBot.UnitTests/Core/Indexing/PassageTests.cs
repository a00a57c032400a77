using ChatBot.Core.Corpus;
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
}
