using ChatBot.Core.Questions;
using Microsoft.ML;

namespace ChatBot.MachineLearning;

/// <summary>
/// Classifies questions with the trained model, loaded once from <paramref name="modelPath"/>. Safe to call from many
/// threads. A missing or unreadable model fails here, at construction, with the file's path in the message.
/// </summary>
public sealed class MlQuestionClassifier(string modelPath) : IQuestionClassifier, IDisposable
{
    private static readonly MLContext SharedContext = new(seed: QuestionClassifierTrainer.Seed);

    private readonly PredictionEnginePool engines = new(SharedContext, QuestionModelFile.Load(SharedContext, Path.GetFullPath(modelPath)));
    private volatile bool disposed;

    /// <summary>Where a host finds the committed model: it is copied to the build output under <c>Model/</c>.</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, "Model", "question-classifier.zip");

    public string ModelPath { get; } = Path.GetFullPath(modelPath);

    public QuestionClassification Classify(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (string.IsNullOrWhiteSpace(question))
        {
            return new QuestionClassification(QuestionKind.OffTopic, 1f);
        }

        var prediction = engines.Predict(new QuestionInput { Question = question });
        return new QuestionClassification(Enum.Parse<QuestionKind>(prediction.PredictedLabel), Confidence(prediction.Score));
    }

    public void Dispose()
    {
        disposed = true;
        engines.Dispose();
    }

    // Maximum-entropy scores are softmax probabilities; the clamp only guards against rounding just past 1.
    private static float Confidence(float[] scores)
    {
        var max = scores.Length == 0 ? 0f : scores.Max();
        return float.IsNaN(max) ? 0f : Math.Clamp(max, 0f, 1f);
    }
}
