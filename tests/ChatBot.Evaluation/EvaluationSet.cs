using System.Text.Json;

namespace ChatBot.Evaluation;

/// <summary>Loads question sets and finds the repository's corpus and evaluation folders from any test or benchmark directory.</summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationQuestion> Load(string name) =>
        [.. File.ReadLines(Path.Combine(RepositoryPath("tests", "evaluation"), $"{name}.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<EvaluationQuestion>(line) ?? throw new InvalidDataException($"bad line in {name}.jsonl: {line}"))];

    public static string CorpusDirectory => RepositoryPath("corpus");

    /// <summary>A path under the repository root: $CHATBOT_REPOSITORY, or the first folder above this assembly holding ChatBot.sln.</summary>
    public static string RepositoryPath(params string[] parts)
    {
        if (Environment.GetEnvironmentVariable("CHATBOT_REPOSITORY") is { Length: > 0 } root)
        {
            return Path.Combine([root, .. parts]);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
