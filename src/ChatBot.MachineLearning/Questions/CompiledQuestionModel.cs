using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// The loaded question model evaluated without an ML.NET prediction engine: the featuriser's vocabulary, the
/// normaliser's character table and the maximum-entropy weights are read out of the transformer chain once, and each
/// question is then featurised and scored in pooled per-thread buffers. Built only for the pipeline shape
/// <see cref="QuestionPipeline"/> trains (label to key, text featuriser, maximum entropy, key to label); anything else
/// reads as null and the caller keeps the engine.
/// </summary>
internal sealed class CompiledQuestionModel
{
    private const string CharactersColumn = "Characters";
    private const string TextFeaturizerTypeName = "Microsoft.ML.Transforms.Text.TextFeaturizingEstimator+Transformer";

    private readonly QuestionFeaturizer featurizer;
    private readonly SoftmaxScorer scorer;

    private CompiledQuestionModel(QuestionFeaturizer featurizer, SoftmaxScorer scorer, IReadOnlyList<string> vocabularyProbes)
    {
        this.featurizer = featurizer;
        this.scorer = scorer;
        VocabularyProbes = vocabularyProbes;
    }

    public int Classes => scorer.Classes;

    /// <summary>
    /// Texts holding every word n-gram of the vocabulary, a few dozen a text, as written and upper-cased: a model read
    /// wrongly scores some of them differently from the engine.
    /// </summary>
    public IReadOnlyList<string> VocabularyProbes { get; }

    /// <summary>
    /// Writes the class probabilities into <paramref name="scores"/> (at least <see cref="Classes"/> long) and returns true, or
    /// returns false for a question the compiled model leaves to the engine (one with over a thousand known n-grams).
    /// </summary>
    public bool TryScore(ReadOnlySpan<char> question, Span<float> scores)
    {
        var scratch = FeatureScratch.ForThisThread();
        scratch.Reserve(question.Length, scorer.Classes);
        var count = featurizer.Featurize(question, scratch);
        if (count < 0)
        {
            return false;
        }

        scorer.Score(scratch.Indices.AsSpan(0, count), scratch.Values.AsSpan(0, count), scores, scratch.Lanes);
        return true;
    }

    /// <summary>
    /// Classifies with the buffers of this thread: the index of the first highest probability (the engine's choice) and that
    /// probability. False when the question is left to the engine.
    /// </summary>
    public bool TryClassify(ReadOnlySpan<char> question, out int label, out float probability)
    {
        var scratch = FeatureScratch.ForThisThread();
        scratch.Reserve(question.Length, scorer.Classes);
        var scores = scratch.Scores.AsSpan(0, scorer.Classes);
        if (!TryScore(question, scores))
        {
            (label, probability) = (-1, 0f);
            return false;
        }

        label = -1;
        probability = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > probability)
            {
                (label, probability) = (i, scores[i]);
            }
        }

        return label >= 0;
    }

    public static CompiledQuestionModel? TryCreate(MLContext mlContext, ITransformer model, DataViewSchema inputSchema)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var steps = chain.ToArray();
        if (steps.Length != 4
            || steps[0] is not ValueToKeyMappingTransformer
            || steps[1].GetType().FullName != TextFeaturizerTypeName
            || steps[2] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor
            || steps[3] is not KeyToValueMappingTransformer
            || predictor.FeatureColumnName != QuestionPipeline.FeaturesColumn)
        {
            return null;
        }

        if (model.GetOutputSchema(inputSchema).GetColumnOrNull(QuestionPipeline.FeaturesColumn) is not { } features)
        {
            return null;
        }

        var slotNames = SlotNames(features);
        var vocabulary = NgramVocabulary.TryRead(slotNames, CharacterNames(mlContext));
        var folding = CharacterFolding.Build(mlContext, QuestionPipeline.TextOptions());
        if (vocabulary is null || folding is null)
        {
            return null;
        }

        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out var classes);
        var biases = predictor.Model.GetBiases().ToArray();
        if (classes != biases.Length || weights.Length < classes || weights.Take(classes).Any(w => w.Length != slotNames.Count))
        {
            return null;
        }

        var rows = weights.Take(classes).Select(w => w.DenseValues().ToArray()).ToList();
        var scorer = new SoftmaxScorer(rows, biases, slotNames.Count);
        return new CompiledQuestionModel(new QuestionFeaturizer(folding, vocabulary), scorer, Probes(slotNames.Skip(vocabulary.CharacterSlots)));
    }

    private static List<string> Probes(IEnumerable<string> wordSlotNames)
    {
        const int PerProbe = 48;
        var grams = wordSlotNames.Select(n => n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace('|', ' ')).ToList();
        var probes = new List<string>();
        for (var i = 0; i < grams.Count; i += PerProbe)
        {
            var text = string.Join(' ', grams.Skip(i).Take(PerProbe));
            probes.Add(text);
            probes.Add(text.ToUpperInvariant());
        }

        return probes;
    }

    private static List<string> SlotNames(DataViewSchema.Column features)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        features.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }

    // The names the character tokenizer gives its keys (key k is the character k): the names in the trigram slots.
    private static Dictionary<string, char> CharacterNames(MLContext mlContext)
    {
        var data = mlContext.Data.LoadFromEnumerable([new TextRow()]);
        var schema = mlContext.Transforms.Text.TokenizeIntoCharactersAsKeys(CharactersColumn, nameof(TextRow.Text))
            .Fit(data).GetOutputSchema(data.Schema);
        var keys = default(VBuffer<ReadOnlyMemory<char>>);
        schema[CharactersColumn].GetKeyValues(ref keys);
        var names = new Dictionary<string, char>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var key in keys.DenseValues())
        {
            var name = key.ToString();
            if (!names.TryAdd(name, (char)(index + 1)))
            {
                ambiguous.Add(name);
            }

            index++;
        }

        // Names shared by several characters (the surrogate halves) cannot be read back; a slot using one fails to parse.
        foreach (var name in ambiguous)
        {
            names.Remove(name);
        }

        return names;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
