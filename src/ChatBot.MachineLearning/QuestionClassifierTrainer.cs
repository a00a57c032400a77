using System.Diagnostics;
using ChatBot.Core.Questions;
using Microsoft.ML;

namespace ChatBot.MachineLearning;

/// <summary>
/// Trains the question model from the labelled data's train rows, saves it, and measures the saved file on the test rows.
/// Behind the host's <c>chatbot train-classifier [--data FILE] [--model FILE]</c> verb.
/// </summary>
public static class QuestionClassifierTrainer
{
    /// <summary>Fixed so the same data always gives the same model. (17 September 2002, the Pyongyang summit.)</summary>
    public const int Seed = 20020917;

    /// <summary>The labelled questions as copied to the build output.</summary>
    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Data", "questions.tsv");

    public static async Task<TrainingResult> TrainAndSaveAsync(string dataPath, string modelPath, CancellationToken cancellationToken = default)
    {
        var rows = await QuestionDataset.LoadAsync(dataPath, cancellationToken).ConfigureAwait(false);
        var train = rows.Where(r => r.Split == DatasetSplit.Train).ToList();
        var test = rows.Where(r => r.Split == DatasetSplit.Test).ToList();
        if (train.Count == 0 || test.Count == 0)
        {
            throw new InvalidDataException($"{dataPath}: needs both 'train' and 'test' rows (has {train.Count} and {test.Count}).");
        }

        var stopwatch = Stopwatch.StartNew();
        var model = Train(train, cancellationToken);
        stopwatch.Stop();
        await WriteReplacingAsync(modelPath, model, cancellationToken).ConfigureAwait(false);

        // Measure the file just written, not the in-memory model, so the numbers are those of what ships.
        using var classifier = new MlQuestionClassifier(modelPath);
        return new TrainingResult(
            Path.GetFullPath(modelPath),
            train.Count,
            test.Count,
            stopwatch.Elapsed,
            ClassifierEvaluator.Evaluate(classifier, test),
            ClassifierEvaluator.Evaluate(RuleBasedQuestionClassifier.Instance, test));
    }

    /// <summary>
    /// Trains on the given rows and returns the model as the bytes of its zip file. The token is checked before and after
    /// fitting only: a fit takes about a second, and stopping one midway needs the Microsoft.ML.Experimental package.
    /// </summary>
    internal static byte[] Train(IEnumerable<LabelledQuestion> rows, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var mlContext = new MLContext(seed: Seed);
        var data = mlContext.Data.LoadFromEnumerable(rows.Select(r => new QuestionInput { Label = r.Kind.ToString(), Question = r.Question }));
        var model = QuestionPipeline.Build(mlContext).Fit(data);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        mlContext.Model.Save(model, data.Schema, buffer);
        return buffer.ToArray();
    }

    // Written beside the target and moved over it, so a failed run never leaves a half-written model for a host to load.
    private static async Task WriteReplacingAsync(string modelPath, byte[] model, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(modelPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".tmp";
        await File.WriteAllBytesAsync(temporary, model, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, fullPath, overwrite: true);
    }
}
