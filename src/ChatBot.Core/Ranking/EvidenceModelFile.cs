using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The engine's trained models as one JSON file: the trees of each model with the names of the features they read,
/// so a model trained for another feature layout is refused on load instead of scoring nonsense.
/// </summary>
public static class EvidenceModelFile
{
    public const string Format = "chatbot-evidence-models/2";

    /// <summary>The models built into the engine (trained by <c>chatbot train-ranker</c>), or none before the first training.</summary>
    public static EvidenceModelSet Embedded => Built.Value.Models;

    /// <summary>Why the built-in models could not be used (a build whose models do not match its features), or null.</summary>
    public static string? EmbeddedProblem => Built.Value.Problem;

    private static readonly Lazy<(EvidenceModelSet Models, string? Problem)> Built = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static void Write(Stream stream, EvidenceModelSet models)
    {
        var file = new ModelFile(Format, Models(models.Lexical), models.Dense is null ? null : Models(models.Dense), new SortedDictionary<string, string>(models.Provenance.ToDictionary(), StringComparer.Ordinal));
        JsonSerializer.Serialize(stream, file, Json);
    }

    public static EvidenceModelSet Read(Stream stream)
    {
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not an evidence model file: {e.Message}", e);
        }

        if (file is null || file.Format != Format)
        {
            throw new InvalidDataException($"not an evidence model file (expected format '{Format}')");
        }

        if (file.Lexical is null)
        {
            throw new InvalidDataException("the model file has no lexical models");
        }

        return new EvidenceModelSet(Models(file.Lexical, dense: false), file.Dense is null ? null : Models(file.Dense, dense: true)) { Provenance = file.Provenance ?? [] };
    }

    public static EvidenceModelSet Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
        return Read(new MemoryStream(bytes, writable: false)) with { Source = $"file:{hash}" };
    }

    private static (EvidenceModelSet, string?) LoadEmbedded()
    {
        using var stream = typeof(EvidenceModelFile).Assembly.GetManifestResourceStream("ChatBot.Core.Ranking.evidence-models.json");
        if (stream is null)
        {
            return (EvidenceModelSet.Untrained, "no trained models are built in: run 'chatbot train-ranker' and rebuild");
        }

        try
        {
            return (Read(stream), null);
        }
        catch (InvalidDataException e)
        {
            return (EvidenceModelSet.Untrained, e.Message);
        }
    }

    private static ModelsFile Models(EvidenceModels models) => new(
        Ensemble(models.Passage, PassageFeatures.NamesFor(models.Dense)),
        Ensemble(models.Sentence, SentenceFeatures.NamesFor(models.Dense)),
        models.Answerability is { } a ? Ensemble(a.Trees, AnswerabilityFeatures.NamesFor(models.Dense))! with { Slope = a.Slope, Offset = a.Offset } : null,
        models.Threshold,
        models.Choice);

    private static EvidenceModels Models(ModelsFile file, bool dense)
    {
        var answerability = Trees(file.Answerability, AnswerabilityFeatures.NamesFor(dense), "answerability");
        return new EvidenceModels(
            Trees(file.Passage, PassageFeatures.NamesFor(dense), "passage"),
            Trees(file.Sentence, SentenceFeatures.NamesFor(dense), "sentence"),
            answerability is null ? null : new AnswerabilityModel(answerability, file.Answerability!.Slope, file.Answerability.Offset),
            file.Threshold)
        {
            Choice = file.Choice ?? Answers.AnswerChoiceOptions.Default,
            Dense = dense,
        };
    }

    private static EnsembleFile? Ensemble(TreeEnsemble? trees, string[] names) =>
        trees is null ? null : new EnsembleFile(names, trees.Bias, [.. trees.Trees.Select(t => new TreeFile(t.Weight, t.Features, t.Thresholds, t.Left, t.Right, t.Leaves))]);

    private static TreeEnsemble? Trees(EnsembleFile? file, string[] names, string model)
    {
        if (file is null)
        {
            return null;
        }

        if (!file.Features.SequenceEqual(names))
        {
            throw new InvalidDataException($"the {model} model was trained on other features than this engine computes ({file.Features.Length} vs {names.Length}): retrain it with 'chatbot train-ranker'");
        }

        var trees = file.Trees.Select(t => new TreeEnsemble.Tree(t.Weight, t.Feature, t.Threshold, t.Left, t.Right, t.Leaves)).ToList();
        foreach (var tree in trees)
        {
            var valid = tree.Features.Length == tree.Thresholds.Length && tree.Features.Length == tree.Left.Length && tree.Features.Length == tree.Right.Length
                && tree.Leaves.Length == tree.Features.Length + 1 && tree.Features.All(f => f >= 0 && f < names.Length)
                && tree.Left.Concat(tree.Right).All(c => c < tree.Features.Length && ~c < tree.Leaves.Length);
            if (!valid)
            {
                throw new InvalidDataException($"the {model} model has a malformed tree");
            }
        }

        return new TreeEnsemble(file.Bias, trees);
    }

    private sealed record ModelFile(string Format, ModelsFile? Lexical, ModelsFile? Dense, SortedDictionary<string, string>? Provenance);

    private sealed record ModelsFile(EnsembleFile? Passage, EnsembleFile? Sentence, EnsembleFile? Answerability, float Threshold, Answers.AnswerChoiceOptions? Choice);

    private sealed record EnsembleFile(string[] Features, float Bias, TreeFile[] Trees)
    {
        public float Slope { get; init; }

        public float Offset { get; init; }
    }

    private sealed record TreeFile(float Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Leaves);
}
