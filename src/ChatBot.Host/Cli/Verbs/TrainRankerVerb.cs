using System.CommandLine;
using System.Security.Cryptography;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.MachineLearning.QuestionAnswering;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot train-ranker [--data DIR] [--domain FILE] [--model FILE]`: trains the evidence models (passage ranker,
/// sentence ranker, answerability) from the SQuAD articles committed in the repository and the team's own
/// questions, chooses the answer length and the decline threshold on the tune articles, reports the held-out test
/// numbers and writes the model file the engine builds in. Deterministic: the same data gives the same file.
/// </summary>
internal static class TrainRankerVerb
{
    private const string RepositoryData = "src/ChatBot.MachineLearning/Data/qa";
    private const string RepositoryDomain = "tests/evaluation/dev.jsonl";
    private const string RepositoryModel = "src/ChatBot.Core/Ranking/evidence-models.json";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = $"Folder with the SQuAD files (default: {RepositoryData} when present)" };
        var domain = new Option<string?>("--domain") { Description = $"The team's questions on the corpus, JSON lines (default: {RepositoryDomain} when present)" };
        var model = new Option<string?>("--model") { Description = $"Where to write the models (default: {RepositoryModel} when present)" };
        var corpus = SharedOptions.Corpus();
        var command = new Command("train-ranker", "Train the evidence ranking and answerability models and report their held-out numbers") { data, domain, model, corpus };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var dataPath = parsed.GetValue(data) ?? (Directory.Exists(RepositoryData) ? RepositoryData : Path.Combine(AppContext.BaseDirectory, "Data", "qa"));
            var domainPath = parsed.GetValue(domain) ?? (File.Exists(RepositoryDomain) ? RepositoryDomain : null);
            var modelPath = parsed.GetValue(model) ?? (Directory.Exists(Path.GetDirectoryName(RepositoryModel)) ? RepositoryModel : "evidence-models.json");
            var squad1 = Path.Combine(dataPath, EvidenceTrainingData.Squad1File);
            var squad2 = Path.Combine(dataPath, EvidenceTrainingData.Squad2File);
            foreach (var file in new[] { squad1, squad2 }.Append(domainPath).OfType<string>().Where(f => !File.Exists(f)))
            {
                throw new UsageException($"training data not found: {file}");
            }

            using var services = CliServices.Build(CliOverrides.From(parsed.GetValue(corpus)));
            var sources = new Dictionary<string, string>
            {
                [EvidenceTrainingData.Squad1File] = await HashAsync(squad1, cancellationToken),
                [EvidenceTrainingData.Squad2File] = await HashAsync(squad2, cancellationToken),
            };
            QaBench? bench = null;
            if (domainPath is not null)
            {
                var directory = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Directory;
                var index = (await services.GetRequiredService<CorpusIndexLoader>().LoadAsync(directory, forceRebuild: true, cancellationToken: cancellationToken)).Index;
                bench = QaBench.Of("domain", index, await DomainQuestions.LoadAsync(domainPath, cancellationToken));
                sources["domain_questions"] = await HashAsync(domainPath, cancellationToken);
                sources["domain_corpus"] = index.Fingerprint;
            }

            var trainingData = new EvidenceTrainingData(await SquadReader.ReadAsync(squad1, cancellationToken), await SquadReader.ReadAsync(squad2, cancellationToken), bench) { Sources = sources };
            var training = new EvidenceTraining(services.GetRequiredService<TextAnalyzer>(), services.GetRequiredService<IQuestionClassifier>(), log: Console.WriteLine);
            var report = training.Run(trainingData, services.GetService<ISentenceEncoder>());
            WriteReplacing(modelPath, report.Models);
            Console.WriteLine($"models written to {Path.GetFullPath(modelPath)}; rebuild to build them into the engine");
            return 0;
        });
        return command;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)))[..16];

    // Written beside the target and moved over it, so a failed run never leaves a half-written model file.
    private static void WriteReplacing(string path, EvidenceModelSet models)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = File.Create(temporary))
        {
            EvidenceModelFile.Write(stream, models);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
