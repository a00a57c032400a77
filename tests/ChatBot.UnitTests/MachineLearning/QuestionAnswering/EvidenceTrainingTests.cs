using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Evaluation;
using ChatBot.MachineLearning.QuestionAnswering;
using ChatBot.MachineLearning.Ranking;
using ChatBot.UnitTests.Ranking;

namespace ChatBot.UnitTests.MachineLearning;

/// <summary>
/// `chatbot train-ranker` on a small slice of the committed SQuAD data (six articles, a few paragraphs each, few
/// trees), so the whole pipeline — both layouts, the answer length and threshold sweeps — runs in seconds.
/// </summary>
public sealed class EvidenceTrainingTests
{
    private static readonly TreeTrainerOptions SmallTrees = new() { Iterations = 12, Leaves = 7, MinimumExamplesPerLeaf = 5 };

    [Fact]
    public void Training_IsDeterministic_TheSameDataGivesTheSameModelFile()
    {
        var data = Slice();
        var first = Train(data);
        var second = Train(data);

        Assert.NotNull(first.Dense);
        Assert.True(first.Dense.Dense);
        Assert.Equal(Bytes(first), Bytes(second));
    }

    [Fact]
    public void TrainedModels_RecordWhatTheyWereTrainedAndTestedOn()
    {
        var models = Train(Slice());

        Assert.Equal("a1", models.Provenance["squad"]);
        Assert.False(string.IsNullOrEmpty(models.Provenance["train_articles"]));
        Assert.False(string.IsNullOrEmpty(models.Provenance["test_articles"]));
        Assert.DoesNotContain(models.Provenance["test_articles"].Split(", "), models.Provenance["train_articles"].Split(", ").Contains);
    }

    [Fact]
    public void ExportedRankingTrees_ScoreExactlyAsMlNet()
    {
        var rows = Rows(seed: 7, groups: 60);
        var (context, model) = LightGbmTrees.FitRanker(rows, SmallTrees);
        var trees = LightGbmTrees.Export(model.LastTransformer.Model);
        var expected = LightGbmTrees.Scores(context, model, rows);

        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i], trees.Score(rows[i].Features), 4);
        }
    }

    [Fact]
    public void ExportedAnswerabilityTrees_ScoreExactlyAsMlNet()
    {
        var rows = Rows(seed: 11, groups: 80);
        var (context, model) = LightGbmTrees.FitClassifier(rows, SmallTrees);
        var trees = LightGbmTrees.Export(model.LastTransformer.Model.SubModel);
        var expected = LightGbmTrees.Scores(context, model, rows);

        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i], trees.Score(rows[i].Features), 4);
        }
    }

    private static EvidenceModelSet Train(EvidenceTrainingData data)
    {
        var options = new EvidenceTrainingOptions { Trees = SmallTrees, Margins = [0f, 2f] };
        return new EvidenceTraining(TestCorpus.Plain, RuleBasedQuestionClassifier.Instance, options).Run(data, new HashingEncoder()).Models;
    }

    private static EvidenceTrainingData Slice()
    {
        var folder = EvaluationSet.RepositoryPath("src", "ChatBot.MachineLearning", "Data", "qa");
        var squad1 = SquadReader.ReadAsync(Path.Combine(folder, EvidenceTrainingData.Squad1File)).GetAwaiter().GetResult();
        var squad2 = SquadReader.ReadAsync(Path.Combine(folder, EvidenceTrainingData.Squad2File)).GetAwaiter().GetResult();
        var titles = squad1.Take(6).Select(a => a.Title).ToHashSet(StringComparer.Ordinal);
        static QaArticle Short(QaArticle article) => article with { Paragraphs = [.. article.Paragraphs.Take(4)] };
        return new EvidenceTrainingData([.. squad1.Take(6).Select(Short)], [.. squad2.Where(a => titles.Contains(a.Title)).Select(Short)], Domain: null)
        {
            Sources = new Dictionary<string, string> { ["squad"] = "a1" },
        };
    }

    /// <summary>Rows whose label depends on two of five features, in groups of four candidates.</summary>
    private static List<FeatureRow> Rows(int seed, int groups)
    {
        var random = new Random(seed);
        var rows = new List<FeatureRow>();
        for (var group = 0; group < groups; group++)
        {
            for (var candidate = 0; candidate < 4; candidate++)
            {
                var features = Enumerable.Range(0, 5).Select(_ => (float)random.NextDouble()).ToArray();
                var label = features[0] + (0.5f * features[3]) > 0.9f ? 1 : 0;
                rows.Add(new FeatureRow(group, label, features));
            }
        }

        return rows;
    }

    private static byte[] Bytes(EvidenceModelSet models)
    {
        using var stream = new MemoryStream();
        EvidenceModelFile.Write(stream, models);
        return stream.ToArray();
    }
}
