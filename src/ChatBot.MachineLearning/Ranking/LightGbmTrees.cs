using ChatBot.Core.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ChatBot.MachineLearning.Ranking;

/// <summary>
/// Fits LightGBM through ML.NET (LambdaRank for rankers, binary logistic loss for answerability) and exports the trees
/// as a <see cref="TreeEnsemble"/>, so the engine evaluates them without ML.NET at run time.
/// </summary>
public static class LightGbmTrees
{
    public static TreeEnsemble Rank(IReadOnlyList<FeatureRow> rows, TreeTrainerOptions? options = null) =>
        Export(FitRanker(rows, options).Model.LastTransformer.Model);

    public static TreeEnsemble Classify(IReadOnlyList<FeatureRow> rows, TreeTrainerOptions? options = null) =>
        Export(FitClassifier(rows, options).Model.LastTransformer.Model.SubModel);

    internal static (MLContext Context, TransformerChain<RankingPredictionTransformer<LightGbmRankingModelParameters>> Model) FitRanker(IReadOnlyList<FeatureRow> rows, TreeTrainerOptions? options = null)
    {
        var settings = options ?? new TreeTrainerOptions();
        var mlContext = new MLContext(seed: settings.Seed);
        var data = Load(mlContext, rows);
        var trainer = mlContext.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            RowGroupColumnName = "GroupKey",
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfLeaves = settings.Leaves,
            NumberOfIterations = settings.Iterations,
            LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
            NumberOfThreads = 1,
            Seed = settings.Seed,
            Silent = true,
            Verbose = false,
        });
        var pipeline = mlContext.Transforms.Conversion.MapValueToKey("GroupKey", nameof(Row.Group)).Append(trainer);
        return (mlContext, pipeline.Fit(data));
    }

    internal static (MLContext Context, TransformerChain<BinaryPredictionTransformer<Microsoft.ML.Calibrators.CalibratedModelParametersBase<LightGbmBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>>> Model) FitClassifier(IReadOnlyList<FeatureRow> rows, TreeTrainerOptions? options = null)
    {
        var settings = options ?? new TreeTrainerOptions();
        var mlContext = new MLContext(seed: settings.Seed);
        var data = Load(mlContext, rows.Select(r => r with { Label = r.Label > 0 ? 1 : 0 }).ToList());
        var trainer = mlContext.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = "BoolLabel",
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfLeaves = settings.Leaves,
            NumberOfIterations = settings.Iterations,
            LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
            NumberOfThreads = 1,
            Seed = settings.Seed,
            Silent = true,
            Verbose = false,
        });
        var pipeline = mlContext.Transforms.Conversion.ConvertType("BoolLabel", nameof(Row.Label), DataKind.Boolean).Append(trainer);
        return (mlContext, pipeline.Fit(data));
    }

    /// <summary>ML.NET's own raw score of each row under a fitted model (before any calibration).</summary>
    internal static float[] Scores(MLContext mlContext, ITransformer model, IReadOnlyList<FeatureRow> rows) =>
        [.. model.Transform(Load(mlContext, rows)).GetColumn<float>("Score")];

    private static IDataView Load(MLContext mlContext, IReadOnlyList<FeatureRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new InvalidDataException("no training rows");
        }

        var width = rows[0].Features.Length;
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return mlContext.Data.LoadFromEnumerable(rows.Select(r => new Row { Group = (uint)r.Group, Label = r.Label, Weight = r.Weight, Features = r.Features }), schema);
    }

    internal static TreeEnsemble Export(TreeEnsembleModelParametersBasedOnRegressionTree model)
    {
        var ensemble = model.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((tree, i) => new TreeEnsemble.Tree(
            (float)ensemble.TreeWeights[i],
            [.. tree.NumericalSplitFeatureIndexes],
            [.. tree.NumericalSplitThresholds],
            [.. tree.LeftChild],
            [.. tree.RightChild],
            [.. tree.LeafValues.Select(v => (float)v)]));
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(c => c)))
        {
            throw new InvalidOperationException("categorical splits are not supported by the engine's tree evaluator");
        }

        return new TreeEnsemble((float)ensemble.Bias, [.. trees]);
    }

    private sealed class Row
    {
        public uint Group { get; set; }

        public float Label { get; set; }

        public float Weight { get; set; } = 1;

        public float[] Features { get; set; } = [];
    }
}
