using ChatBot.Core.Questions;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatBot.MachineLearning;

/// <summary>Loads a saved question model and checks it is one: right input column, and labels that are all question kinds.</summary>
internal static class QuestionModelFile
{
    public static (ITransformer Model, DataViewSchema InputSchema, QuestionKind[] Labels) Load(MLContext mlContext, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The question classifier model '{path}' does not exist. Build the project to copy the committed model, or run 'chatbot train-classifier'.", path);
        }

        try
        {
            using var stream = File.OpenRead(path);
            var model = mlContext.Model.Load(stream, out var inputSchema);
            return (model, inputSchema, ReadLabels(model.GetOutputSchema(inputSchema)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The question classifier model '{path}' could not be loaded: {e.Message}", e);
        }
    }

    // The labels in the order of the model's scores, each a question kind.
    private static QuestionKind[] ReadLabels(DataViewSchema outputSchema)
    {
        var scores = outputSchema[nameof(QuestionPrediction.Score)];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        scores.GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToList();
        var unknown = labels.Where(n => !Enum.TryParse<QuestionKind>(n, out _)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"its labels {string.Join(", ", unknown)} are not question kinds.");
        }

        return labels.Select(Enum.Parse<QuestionKind>).ToArray();
    }
}
