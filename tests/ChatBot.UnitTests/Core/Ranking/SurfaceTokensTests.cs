using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

public sealed class SurfaceTokensTests
{
    private static readonly string[] AwkwardTexts =
    [
        "",
        "   ...   ",
        "The U.S. and the U.N. met in Pyongyang on 17 September 2002; Kim Jong-il apologised.",
        "Café naïve façade — Ærøskøbing, straße, ﬁnancial; ２００２ and 2002 and 2,002.",
        "日本と北朝鮮 Москва ÉCOLE école ECOLE",
        "it's its it’s o'clock rock'n'roll 'quoted' “curly”",
    ];

    [Fact]
    public void Of_GivesEachTokenizerWord_ANumber_EqualExactlyWhenTheFoldedWordsAreEqual()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var anyPassage = corpus.Passages[0];

        // Longer than the numbering's first buffer (256 words), and repeating words read in earlier texts.
        var longText = string.Join(" ", Enumerable.Range(0, 700).Select(i => $"word{i % 290} U.S. Abe"));
        var texts = corpus.Passages.Take(200).Select(p => p.Text).Concat(AwkwardTexts).Append(longText).ToList();
        var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Tokenizer.Tokenize(text).Select(t => t.Folded).ToArray();
            var numbers = numbering.Of(anyPassage, int.MaxValue, text);

            Assert.Equal(words.Length, numbers.Length);
            for (var i = 0; i < words.Length; i++)
            {
                Assert.Equal(byWord.TryGetValue(words[i], out var known) ? known : byWord[words[i]] = numbers[i], numbers[i]);
                Assert.Equal(numbers[i], numbering.Find(words[i]));
            }
        }

        Assert.Equal(byWord.Count, byWord.Values.Distinct().Count());
        Assert.Equal(SurfaceTokens.Unseen, numbering.Find("zzzneverreadzzz"));
    }

    [Fact]
    public void Of_APassage_IsKeptAndEqualsNumberingItsText()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var passage = corpus.Passages[^1];

        var first = numbering.Of(passage);

        Assert.Same(first, numbering.Of(passage));
        Assert.Equal(numbering.Of(corpus.Passages[0], int.MaxValue, passage.Text).ToArray(), first);
    }

    [Fact]
    public void Of_FromManyThreadsAtOnce_StillGivesEqualWordsEqualNumbers_AndOthersDifferentOnes()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var passages = corpus.Passages.Take(400).ToArray();
        var numbered = new int[passages.Length][];

        Parallel.For(0, passages.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => numbered[i % passages.Length] = numbering.Of(passages[i % passages.Length]));

        var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < passages.Length; p++)
        {
            var words = Tokenizer.Tokenize(passages[p].Text);
            Assert.Equal(words.Count, numbered[p].Length);
            for (var w = 0; w < words.Count; w++)
            {
                Assert.Equal(byWord.TryGetValue(words[w].Folded, out var known) ? known : byWord[words[w].Folded] = numbered[p][w], numbered[p][w]);
            }
        }

        Assert.Equal(byWord.Count, byWord.Values.Distinct().Count());
    }

    [Fact]
    public void NewWords_NumberedFromManyThreads_WhileOthersReadStoredPassages_EachGetOneNumberPastTheStoredOnes()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var held = numbering.Words;
        var passages = corpus.Passages.Take(300).ToArray();
        // Each text holds new words shared with other texts (k % 50) and a word every passage's reading already numbered.
        var texts = Enumerable.Range(0, 400).Select(k => $"qzx{k % 50} the qzy{k % 37} qzx{(k + 1) % 50}").ToArray();
        var numbered = new int[texts.Length][];
        var found = new int[texts.Length];

        Parallel.For(0, texts.Length + passages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0 && i / 2 < passages.Length)
            {
                Assert.Equal(Tokenizer.Tokenize(passages[i / 2].Text).Select(t => numbering.Find(t.Folded)), numbering.Of(passages[i / 2]));
            }

            var t = i % texts.Length;
            numbered[t] = numbering.Of(passages[0], int.MaxValue, texts[t]).ToArray();
            found[t] = numbering.Find($"qzy{t % 37}");
        });

        var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < texts.Length; t++)
        {
            var words = Tokenizer.Tokenize(texts[t]).Select(w => w.Folded).ToArray();
            Assert.Equal(words.Length, numbered[t].Length);
            for (var w = 0; w < words.Length; w++)
            {
                Assert.Equal(byWord.TryGetValue(words[w], out var known) ? known : byWord[words[w]] = numbered[t][w], numbered[t][w]);
                Assert.Equal(numbered[t][w], numbering.Find(words[w]));
            }

            Assert.Equal(numbering.Find($"qzy{t % 37}"), found[t]);
        }

        var fresh = byWord.Where(kv => kv.Key != "the").Select(kv => kv.Value).ToArray();
        Assert.Equal(50 + 37, fresh.Length);
        Assert.All(fresh, n => Assert.InRange(n, held + 1, held + fresh.Length));
        Assert.Equal(fresh.Length, fresh.Distinct().Count());
        Assert.Equal(held + fresh.Length, numbering.Words);
        Assert.InRange(byWord["the"], 1, held);
    }

    [Fact]
    public void Words_IsEveryWordThePassagesHold_AndGrowsOnlyWhenATextHoldsAWordNoPassageHolds()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var passage = corpus.Passages[0];
        var held = corpus.Passages.SelectMany(p => Tokenizer.Tokenize(p.Text)).Select(t => t.Folded).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(held, numbering.Words);

        var numbers = numbering.Of(passage);
        numbering.Of(passage, 0, passage.Sentences[0].Slice(corpus.ArticleOf(passage).Text));
        Assert.Equal(held, numbering.Words);
        Assert.All(numbers, n => Assert.InRange(n, 1, held));
        Assert.Equal(SurfaceTokens.Unseen, numbering.Find("zyxwvq"));

        var unheld = numbering.Of(passage, int.MaxValue, "zyxwvq the zyxwvq");

        Assert.Equal(held + 1, numbering.Words);
        Assert.Equal(held + 1, numbering.Find("zyxwvq"));
        Assert.Equal([held + 1, numbering.Find("the"), held + 1], unheld.ToArray());
    }

    [Fact]
    public void Of_ArraysMadeByHand_WithoutStoredWords_NumbersWordsAsItReadsThem()
    {
        var built = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var corpus = new ChatBot.Core.Indexing.CorpusIndex(built.Fingerprint, built.Articles, built.Passages,
            new ChatBot.Core.Indexing.InvertedIndex(built.Index.Arrays with { PassageWords = null }), built.Timeline, built.Rejected, built.Analyzer);
        var numbering = SurfaceTokens.For(corpus);
        Assert.Equal(0, numbering.Words);

        var numbers = numbering.Of(corpus.Passages[3]);

        Assert.Equal(numbers.Distinct().Count(), numbering.Words);
        Assert.Equal(Tokenizer.Tokenize(corpus.Passages[3].Text).Select(t => numbering.Find(t.Folded)), numbers);
    }
}
