using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Ranking;

/// <summary>
/// The per-sentence measures the passage ranker reads equal, to the bit, the loops they replaced: the best of each
/// sentence measure over a passage, and each sentence's nearest unasked number, on every passage of the bundled corpus.
/// </summary>
public sealed class PassageFeaturesTests
{
    [Fact]
    public void BestOfSentences_EqualsTheMaximaOverEverySentence_OnEveryPassageOfTheBundledCorpus()
    {
        var compared = 0;
        foreach (var (index, profile, passage) in EveryPassage())
        {
            var match = PassageMatch.Compute(index.Index, passage, profile);
            var holds = index.Index.SentenceFeatures(passage);
            var expected = new float[8];
            var sentences = match.Sentences;
            for (var s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                expected[0] = MathF.Max(expected[0], sentence.Coverage);
                expected[1] = MathF.Max(expected[1], sentence.EvidenceCoverage);
                expected[2] = MathF.Max(expected[2], sentence.ExactPairs);
                expected[3] = MathF.Max(expected[3], sentence.NearPairs);
                expected[4] = MathF.Max(expected[4], sentence.Chain);
                expected[5] = MathF.Max(expected[5], sentence.Density);
                var pair = s + 1 < sentences.Length ? sentence.Mask | sentences[s + 1].Mask : sentence.Mask;
                expected[6] = MathF.Max(expected[6], FullShare(profile, pair));
                if (profile.Wanted != AnswerFeatures.None && s < holds.Length && (holds[s] & profile.Wanted) != 0)
                {
                    expected[7] = MathF.Max(expected[7], sentence.Coverage);
                }
            }

            var actual = new float[8];
            PassageFeatures.BestOfSentences(profile, sentences, holds, actual);
            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
            compared += expected[6] > 0 && sentences.Length > 2 ? 1 : 0;
        }

        Assert.True(compared > 100, $"only {compared} passages of several sentences held a concept");
    }

    [Fact]
    public void NumberNearMatch_EqualsComparingEveryNumberOfTheSentenceWithEveryMatch_OnEveryPassageOfTheBundledCorpus()
    {
        var near = 0;
        foreach (var (index, profile, passage) in EveryPassage())
        {
            var sentences = PassageMatch.Compute(index.Index, passage, profile).Sentences;
            var terms = index.Index.PassageTerms(passage);
            var positions = index.Index.PassagePositions(passage);
            for (var s = 0; s < sentences.Length; s++)
            {
                // A sentence's matches run from its first word (the first sentence's from the passage's start) to the next sentence's.
                var first = sentences[s].FirstPosition;
                var until = s + 1 < sentences.Length ? sentences[s + 1].FirstPosition : int.MaxValue;
                var best = int.MaxValue;
                for (var n = 0; n < terms.Length; n++)
                {
                    var number = positions[n];
                    if (number < first || number >= until || profile.TryConcepts(terms[n], out _) || !index.Index.IsNumber(terms[n]))
                    {
                        continue;
                    }

                    for (var o = 0; o < terms.Length; o++)
                    {
                        if ((s == 0 || positions[o] >= first) && positions[o] < until && profile.TryConcepts(terms[o], out _))
                        {
                            best = Math.Min(best, Math.Abs(positions[o] - number));
                        }
                    }
                }

                var expected = best == int.MaxValue ? 0 : 1f / best;
                Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(sentences[s].NumberNearMatch));
                near += expected > 0 ? 1 : 0;
            }
        }

        Assert.True(near > 50, $"only {near} sentences had a number near a match");
    }

    /// <summary>Every passage of the bundled corpus against every dev question (25 missed a number opening a sentence).</summary>
    private static IEnumerable<(CorpusIndex Index, QuestionProfile Profile, int Passage)> EveryPassage()
    {
        var index = TestCorpus.Index;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        foreach (var question in EvaluationSet.Load("dev").Select(q => q.Question))
        {
            var kind = RuleBasedQuestionClassifier.Instance.Classify(question).Kind;
            var profile = QuestionProfile.For(planner.Plan(question, kind), kind);
            for (var p = 0; p < index.Index.PassageCount; p++)
            {
                yield return (index, profile, p);
            }
        }
    }

    /// <summary>The share as it was summed before: every concept in order, those outside the mask adding 0.</summary>
    internal static float FullShare(QuestionProfile profile, ulong mask, bool evidenceWeights = false)
    {
        var weights = evidenceWeights ? profile.EvidenceWeights : profile.Weights;
        var total = evidenceWeights ? profile.TotalEvidenceWeight : profile.TotalWeight;
        var sum = 0f;
        for (var c = 0; c < weights.Length; c++)
        {
            sum += (mask & (1UL << c)) != 0 ? weights[c] : 0;
        }

        return total <= 0 ? 0 : sum / total;
    }
}
