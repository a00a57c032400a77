using System.CommandLine;
using ChatBot.MachineLearning;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot train-classifier [--data FILE] [--model FILE]`: trains the question classifier from the labelled
/// questions and saves the model. Run from the repository root it reads and writes the files in the repository.
/// </summary>
internal static class TrainClassifierVerb
{
    private const string RepositoryData = "src/ChatBot.MachineLearning/Data/questions.tsv";
    private const string RepositoryModel = "src/ChatBot.MachineLearning/Model/question-classifier.zip";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = $"Labelled questions (default: {RepositoryData} when present)" };
        var model = new Option<string?>("--model") { Description = $"Where to save the model (default: {RepositoryModel} when present)" };
        var command = new Command("train-classifier", "Train the question classifier and report its held-out accuracy") { data, model };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var dataPath = parsed.GetValue(data) ?? (File.Exists(RepositoryData) ? RepositoryData : QuestionClassifierTrainer.DefaultDataPath);
            var modelPath = parsed.GetValue(model) ?? (File.Exists(RepositoryModel) ? RepositoryModel : MlQuestionClassifier.DefaultModelPath);
            if (!File.Exists(dataPath))
            {
                throw new UsageException($"labelled questions not found: {dataPath}");
            }

            var result = await QuestionClassifierTrainer.TrainAndSaveAsync(dataPath, modelPath, cancellationToken);
            foreach (var line in result.SummaryLines())
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
