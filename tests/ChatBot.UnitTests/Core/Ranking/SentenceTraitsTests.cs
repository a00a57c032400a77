using ChatBot.Core.Answers;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

public sealed class SentenceTraitsTests
{
    private static readonly QuestionKind[] Kinds =
        [QuestionKind.Date, QuestionKind.Number, QuestionKind.Place, QuestionKind.Person, QuestionKind.Description];

    [Fact]
    public void HasNewFact_IsWhatTheCheckOnTheTextSays_ForEveryKind_FirstReadAndKept()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var traits = SentenceTraits.For(corpus);
        var sentences = Sentences(corpus, 120).ToList();
        var outcomes = new HashSet<(QuestionKind, bool)>();

        // Questions made of a sentence's own words (its facts already said, or half of them), of another sentence's, and
        // names asked for plainly and by relation (which reads the sentence itself).
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var text = sentence.Text;
            string[] questions =
            [
                text, text[..(text.Length / 2)], text[(text.Length / 2)..], sentences[(i * 7 + 3) % sentences.Count].Text,
                "What is the name of " + text[..(text.Length / 3)], "Who was " + text[..(text.Length / 4)] + "'s husband?", "When?",
            ];
            foreach (var kind in Kinds)
            {
                foreach (var question in questions)
                {
                    var expected = NewFacts.Has(text, question, kind, sentence.Article.Published);

                    Assert.Equal(expected, traits.HasNewFact(sentence, question, kind));
                    Assert.Equal(expected, traits.HasNewFact(sentence, question, kind));
                    outcomes.Add((kind, expected));
                }
            }
        }

        // Both answers came up for every kind that reads facts, so neither way of being new went untried.
        foreach (var kind in Kinds[..4])
        {
            Assert.Contains((kind, true), outcomes);
            Assert.Contains((kind, false), outcomes);
        }
    }

    [Fact]
    public void TryRead_KnowsNothingUntilKept_ThenEachSentenceItsOwnTraits()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var traits = SentenceTraits.For(corpus);
        var passage = corpus.Passages.First(p => p.Sentences.Count >= 4);

        Assert.False(traits.TryRead(passage, 0, out _, out _));

        for (var s = 0; s < 4; s++)
        {
            traits.Keep(passage, s, anaphor: (s & 1) != 0, negation: (s & 2) != 0);
        }

        traits.Keep(passage, passage.Sentences.Count, anaphor: true, negation: true);
        for (var s = 0; s < 4; s++)
        {
            Assert.True(traits.TryRead(passage, s, out var anaphor, out var negation));
            Assert.Equal(((s & 1) != 0, (s & 2) != 0), (anaphor, negation));
        }

        Assert.False(traits.TryRead(passage, passage.Sentences.Count, out _, out _));
        Assert.False(traits.TryRead(corpus.Passages.First(p => p != passage), 0, out _, out _));
    }

    [Fact]
    public void Words_AreTheCountOfTheSentencesText_FirstReadAndKept_ForRankedAndPlacedSentences()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var traits = SentenceTraits.For(corpus);
        var sentences = Sentences(corpus, 200).ToList();
        var counts = new HashSet<int>();

        // Every other sentence read first by its place and then ranked, the rest the other way round.
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var expected = SentenceTrimmer.CountWords(sentence.Article.Slice(sentence.Span));
            var passage = sentence.Passage.Hit.Passage;
            var (first, second) = i % 2 == 0
                ? (traits.Words(corpus, passage, sentence.Index), traits.Words(sentence))
                : (traits.Words(sentence), traits.Words(corpus, passage, sentence.Index));

            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
            counts.Add(expected);
        }

        Assert.True(counts.Count > 10, $"only {counts.Count} different counts");
    }

    [Fact]
    public void Words_OfASentenceTooLongToKeepInTwoBytes_AreCountedAgain_AndOneThatFitsIsKept()
    {
        var corpus = TestCorpus.Build(EvaluationSet.CorpusDirectory);
        var traits = SentenceTraits.For(corpus);
        var passages = corpus.Passages.Where(p => p.Sentences.Count > 0).Take(3).ToList();

        // 65,534 words are the most two bytes keep (the count plus one); 65,535 and 70,000 do not fit.
        foreach (var (passage, count) in passages.Zip(new[] { 65_534, 65_535, 70_000 }))
        {
            var text = string.Join(' ', Enumerable.Repeat("word", count));
            var article = new ChatBot.Core.Corpus.Article { Id = "long", Title = "Long", Text = text, Blocks = [] };
            var ranked = new RankedPassage(new SearchHit(1, passage, 1, 1, 0), null!, []);
            var sentence = new RankedSentence(ranked, 0, new ChatBot.Core.Text.TextSpan(0, text.Length), article, AnswerFeatures.None, []);

            Assert.Equal(count, traits.Words(sentence));
            Assert.Equal(count, traits.Words(sentence));
            if (count < ushort.MaxValue)
            {
                // Kept: the passage's first sentence is now known by the count read first.
                Assert.Equal(count, traits.Words(corpus, passage, 0));
            }
            else
            {
                // Not kept: read by its place, the passage's own first sentence is counted from the corpus's text.
                Assert.Equal(SentenceTrimmer.CountWords(corpus.ArticleOf(passage).Slice(passage.Sentences[0])), traits.Words(corpus, passage, 0));
            }
        }
    }

    /// <summary>Every sentence of the first passages, as the ranker makes them (only what the traits read is filled in).</summary>
    private static IEnumerable<RankedSentence> Sentences(ChatBot.Core.Indexing.CorpusIndex corpus, int passages)
    {
        foreach (var passage in corpus.Passages.Take(passages))
        {
            var ranked = new RankedPassage(new SearchHit(1, passage, 1, 1, 0), null!, []);
            var article = corpus.ArticleOf(passage);
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                yield return new RankedSentence(ranked, s, passage.Sentences[s], article, AnswerFeatures.None, []);
            }
        }
    }
}
