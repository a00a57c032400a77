using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

public sealed class SurfaceOverlapTests
{
    private static readonly string[] Questions =
    [
        "When did North Korea admit the abductions?",
        "Who is Megumi Yokota?",
        "What did the families of the abductees ask the government of Japan to do?",
        "the the the of the",
        "Was it the first time that the leader of North Korea met the prime minister of Japan?",
        "Which words no article holds: zyxwv qwerty?",
        "",

        // Many distinct words, so the question's table of word numbers has words sharing a slot and probing past each other.
        "The government of Japan said North Korea abducted thirteen citizens in the 1970s and 1980s, among them Megumi Yokota and Hitomi Soga, and five returned to Japan in October 2002 after the summit in Pyongyang between Koizumi and Kim Jong-il, while families asked the prime minister for answers about the others",
    ];

    [Fact]
    public void Measure_OnTheIndexNumbering_EqualsCountingTheWordsThemselves_ForEveryPassageAndSentence()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        foreach (var question in Questions)
        {
            var overlap = new SurfaceOverlap(question);
            foreach (var passage in corpus.Passages)
            {
                Assert.Equal(Reference(question, passage.Text), overlap.Measure(numbering, numbering.Of(passage)));
                for (var s = 0; s < passage.Sentences.Count; s++)
                {
                    var text = passage.Sentences[s].Slice(corpus.ArticleOf(passage).Text);
                    Assert.Equal(Reference(question, text), overlap.Measure(numbering, numbering.Of(passage, s, text)));
                }
            }
        }
    }

    [Fact]
    public void AQuestionWord_NoTextHeldWhenFirstMeasured_CountsOnceATextHoldsIt()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var numbering = SurfaceTokens.For(corpus);
        var first = corpus.Passages.First(p => !p.Text.Contains("kim", StringComparison.OrdinalIgnoreCase));
        var later = corpus.Passages.First(p => p.Text.Contains("Kim", StringComparison.Ordinal));
        var overlap = new SurfaceOverlap("Who is Kim?");

        Assert.Equal(0, overlap.Measure(numbering, numbering.Of(first)).Words);
        Assert.True(overlap.Measure(numbering, numbering.Of(later)).Words > 0);
        Assert.Same(numbering, SurfaceTokens.For(corpus));
        Assert.NotSame(numbering, SurfaceTokens.For(TestCorpus.Build(EvaluationSet.CorpusDirectory)));
    }

    /// <summary>The overlap counted on the words as strings, as it was before the index numbered them.</summary>
    private static (float, float, float, float) Reference(string question, string text)
    {
        string[] questionWords = ["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "is", "was", "were", "are"];
        var words = Tokenizer.Tokenize(question).Select(t => t.Folded).Where(w => !questionWords.Contains(w)).ToArray();
        if (words.Length == 0)
        {
            return (0, 0, 0, 0);
        }

        var bigrams = words.Zip(words.Skip(1)).ToHashSet();
        var trigrams = words.Zip(words.Skip(1), words.Skip(2)).ToHashSet();
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Folded).ToArray();
        var seenBigrams = tokens.Zip(tokens.Skip(1)).Where(bigrams.Contains).ToHashSet();
        var seenTrigrams = tokens.Zip(tokens.Skip(1), tokens.Skip(2)).Where(trigrams.Contains).ToHashSet();
        int run = 0, longest = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            run = bigrams.Contains((tokens[i - 1], tokens[i])) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return (words.Count(tokens.Contains) / (float)words.Length,
            bigrams.Count == 0 ? 0 : seenBigrams.Count / (float)bigrams.Count,
            trigrams.Count == 0 ? 0 : seenTrigrams.Count / (float)trigrams.Count,
            (longest + (longest > 0 ? 1 : 0)) / (float)words.Length);
    }
}
