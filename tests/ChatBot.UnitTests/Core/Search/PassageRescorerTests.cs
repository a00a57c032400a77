using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// The allocation-free rescorer agrees, to the bit, with the straightforward computation from
/// <see cref="ConceptOccurrences"/> and <see cref="SentenceCoverage"/> (which evidence collection still uses).
/// </summary>
public sealed class PassageRescorerTests
{
    [Fact]
    public void Score_EqualsTheComputationFromOccurrenceLists_OnEveryPassageOfTheBundledCorpus()
    {
        var index = TestCorpus.Index;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var options = SearchOptions.Default;
        var rescorer = new PassageRescorer();
        var nonZero = 0;
        foreach (var question in EvaluationSet.Load("dev").Select(q => q.Question).Take(40))
        {
            var plan = planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind);
            var concepts = plan.Concepts.Take(64).ToList();
            var wanted = AnswerFeatureDetector.Required(plan.Kind);
            rescorer.Begin(index.Index, concepts);
            for (var p = 0; p < index.Index.PassageCount; p++)
            {
                var actual = rescorer.Score(index.Index, p, concepts, wanted, options);
                Assert.Equal(Expected(index.Index, p, concepts, wanted, options), actual);
                nonZero += actual.Proximity > 0 && actual.BestSentence > 0 ? 1 : 0;
            }

            rescorer.End();
        }

        Assert.True(nonZero > 20, $"only {nonZero} passages had both signals");
    }

    private static (float Proximity, float BestSentence) Expected(ChatBot.Core.Indexing.InvertedIndex index, int passage, List<QueryConcept> concepts, AnswerFeatures wanted, SearchOptions options)
    {
        var occurrences = ConceptOccurrences.Find(index, passage, concepts);
        var coverage = ConceptOccurrences.Sentences(index, passage, occurrences, [.. concepts.Select(c => c.Weight)]);
        var features = index.SentenceFeatures(passage);
        var best = 0f;
        for (var s = 0; s < coverage.Count; s++)
        {
            var score = coverage.Of(s);
            if (wanted != AnswerFeatures.None && (features[s] & wanted) != 0)
            {
                score *= 1 + options.AnswerTypeBonus;
            }

            best = MathF.Max(best, score);
        }

        var bonus = 0f;
        for (var i = 0; i < concepts.Count; i++)
        {
            for (var j = i + 1; j < concepts.Count && occurrences[i] is not null; j++)
            {
                if (occurrences[j] is null)
                {
                    continue;
                }

                var gap = concepts[j].Position - concepts[i].Position;
                var (distance, inOrder) = (int.MaxValue, false);
                foreach (var (a, _) in occurrences[i]!)
                {
                    foreach (var (b, _) in occurrences[j]!)
                    {
                        var d = Math.Abs(b - a);
                        if (d != 0 && (d < distance || (d == distance && b - a == gap)))
                        {
                            (distance, inOrder) = (d, b - a == gap);
                        }
                    }
                }

                if (distance != int.MaxValue && distance <= options.ProximityWindow)
                {
                    var pair = Math.Min(concepts[i].Weight, concepts[j].Weight) / distance;
                    bonus += inOrder ? 2 * pair : pair;
                }
            }
        }

        return (bonus, best);
    }
}
