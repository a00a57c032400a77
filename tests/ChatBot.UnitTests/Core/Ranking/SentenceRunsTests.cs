using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

/// <summary>
/// A sentence numbered as a run of its passage's words must be numbered exactly as its own text would be: over texts
/// the tokenizer reads differently with more or less around a word (acronyms, decimals, possessives, apostrophes,
/// hyphens, folded letters) and over sentence spans cut anywhere, not only where the sentence splitter cuts.
/// </summary>
public sealed class SentenceRunsTests
{
    private static readonly string[] Pieces =
    [
        "The U.S. and U.N. met.", "It cost 2,500.75 dollars.", "Kim Jong-il's son", "rock'n'roll", "o'clock.", "A.B.C.",
        "Café naïve ÉCOLE", "ﬁnancial", "２００２", "it’s", "3.5.", "e.g. this", "Dr. Who", "x.y", "“curly”", "—", "\n", "  ",
        "James' car", "U.S", "p.61", "R. S. Thomas", "1,000,000", "end.", "Sentence one. Sentence two!", "(brackets)",
    ];

    [Fact]
    public void ARun_HoldsTheWordsTheSentenceHasOnItsOwn_ForSpansCutAnywhere()
    {
        var random = new Random(16);
        var index = Build(random, 40);
        var checkedRuns = 0;
        foreach (var passage in index.Passages)
        {
            var article = index.ArticleOf(passage);
            var text = passage.Text;
            var tokens = Tokenizer.Tokenize(text);
            var spans = Enumerable.Range(0, 30).Select(_ => RandomSpan(random, passage))
                .Concat(Enumerable.Range(0, 30).Select(_ => SpanBetweenSpaces(random, passage, text)))
                .Concat(passage.Sentences).ToArray();
            var runs = SentenceRuns.Of(article, passage with { Sentences = spans }, text, [.. tokens.Select(t => t.Start)]);

            Assert.NotNull(runs);
            for (var s = 0; s < spans.Length; s++)
            {
                if (runs[2 * s] == SentenceRuns.OnItsOwn)
                {
                    continue;
                }

                var own = Tokenizer.Tokenize(article.Slice(spans[s])).Select(t => t.Folded);
                Assert.Equal(own, tokens.Skip(runs[2 * s]).Take(runs[(2 * s) + 1] - runs[2 * s]).Select(t => t.Folded));
                checkedRuns++;
            }
        }

        Assert.True(checkedRuns > 1_000, $"only {checkedRuns} runs checked");
    }

    [Fact]
    public void APassageWhoseTextIsNotItsArticles_HasNoRuns()
    {
        var index = Build(new Random(3), 2);
        var passage = index.Passages[0];
        var other = passage with { Text = passage.Text.ToUpperInvariant() + "x" };

        Assert.NotNull(SentenceRuns.Of(index.ArticleOf(passage), passage, passage.Text, [.. Tokenizer.Tokenize(passage.Text).Select(t => t.Start)]));
        Assert.Null(SentenceRuns.Of(index.ArticleOf(passage), other, other.Text, [.. Tokenizer.Tokenize(other.Text).Select(t => t.Start)]));
    }

    [Fact]
    public void SurfaceTokens_NumberEverySentence_AsItsOwnTextIsNumbered()
    {
        var index = Build(new Random(5), 40);
        var numbering = SurfaceTokens.For(index);
        var sentences = 0;
        foreach (var passage in index.Passages)
        {
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                var text = index.ArticleOf(passage).Slice(passage.Sentences[s]);
                Assert.Equal(numbering.Of(passage, int.MaxValue, text).ToArray(), numbering.Of(passage, s, text).ToArray());
                sentences++;
            }
        }

        Assert.True(sentences > 100, $"only {sentences} sentences");
    }

    private static TextSpan RandomSpan(Random random, Passage passage)
    {
        var from = passage.Start + random.Next(passage.Length + 1);
        return new TextSpan(from, random.Next(passage.Start + passage.Length - from + 1));
    }

    /// <summary>A span whose edges are white space or the passage's edges, which is where runs are taken.</summary>
    private static TextSpan SpanBetweenSpaces(Random random, Passage passage, string text)
    {
        var edges = Enumerable.Range(0, text.Length + 1).Where(i => i == 0 || i == text.Length || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])).ToArray();
        var (a, b) = (edges[random.Next(edges.Length)], edges[random.Next(edges.Length)]);
        return new TextSpan(passage.Start + Math.Min(a, b), Math.Abs(a - b));
    }

    private static CorpusIndex Build(Random random, int count)
    {
        var articles = Enumerable.Range(0, count).Select(a =>
        {
            var paragraphs = Enumerable.Range(0, 3).Select(_ => string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, 12).Select(_ => Pieces[random.Next(Pieces.Length)])).Trim() + ".");
            return ArticleAssembler.Assemble($"a{a}", new ArticleMetadata { Title = $"A {a}" }, [.. paragraphs.Select(p => new ArticleBlock(BlockKind.Paragraph, p))]);
        }).ToList();
        return new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult(articles, []), $"runs-{count}");
    }
}
