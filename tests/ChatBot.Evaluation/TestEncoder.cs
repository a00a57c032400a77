using System.Collections.Concurrent;
using ChatBot.Core.Embeddings;
using ChatBot.Embeddings;

namespace ChatBot.Evaluation;

/// <summary>
/// The product's sentence encoder, loaded once per process and remembering every text it has encoded, so fixtures
/// that index the same paragraphs (SQuAD v1.1 and 2.0 share theirs) pay for each paragraph once.
/// </summary>
public sealed class TestEncoder : ISentenceEncoder
{
    private readonly MiniLmSentenceEncoder model = new();
    private readonly ConcurrentDictionary<string, float[]> vectors = new(StringComparer.Ordinal);

    private TestEncoder()
    {
    }

    public static TestEncoder Shared { get; } = new();

    public string EncoderId => model.EncoderId;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(t => !vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var (text, vector) in missing.Zip(model.Encode(missing, cancellationToken)))
            {
                vectors.TryAdd(text, vector);
            }
        }

        return [.. texts.Select(t => vectors[t])];
    }
}
