using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatBot.MachineLearning;

/// <summary>
/// Word uni- and bigrams plus character trigrams of the raw question, into a maximum-entropy (multinomial logistic)
/// model. Picked by 5-fold cross-validation on the train rows of the 811-row data, the test rows only reporting:
/// L-BFGS scored about a point above SDCA and trains in a second rather than five; one-versus-all SVM and averaged
/// perceptron were about 5 points lower; longer n-grams, char 2–4 grams and hand-made features (years masked, the
/// question's first words, a topic cue) were within a point and a half and no better on the test rows, so the simplest
/// input won. L-BFGS's default regularisation (L1 = L2 = 1) scored some 20 points lower on this little data; L2 of 0.01
/// and 0.001 were level. One thread, so a run is repeatable to the last bit.
/// </summary>
internal static class QuestionPipeline
{
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Build(MLContext mlContext)
    {
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            L1Regularization = 0,
            L2Regularization = 0.01f,
        };
        return mlContext.Transforms.Conversion.MapValueToKey(nameof(QuestionInput.Label))
            .Append(mlContext.Transforms.Text.FeaturizeText(FeaturesColumn, TextOptions(), nameof(QuestionInput.Question)))
            .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer))
            .Append(mlContext.Transforms.Conversion.MapKeyToValue(nameof(QuestionPrediction.PredictedLabel)));
    }

    /// <summary>
    /// The featuriser's options: spelled out rather than left to ML.NET's defaults, which a package update could change
    /// under the committed model. The normaliser's (lower case, diacritics removed, punctuation and digits kept) are the
    /// defaults; the compiled model reads them from here too.
    /// </summary>
    public static TextFeaturizingEstimator.Options TextOptions() => new()
    {
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
