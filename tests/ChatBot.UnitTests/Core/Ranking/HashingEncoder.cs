using ChatBot.Core.Embeddings;

namespace ChatBot.UnitTests.Ranking;

/// <summary>
/// A deterministic stand-in for the sentence encoder: each word adds one to a hashed dimension, then the vector is
/// scaled to unit length. Shares words, shares direction — enough to exercise the dense path without the real model.
/// </summary>
internal sealed class HashingEncoder(string id = "hashing-16", int dimensions = 16) : ISentenceEncoder
{
    public string EncoderId => id;

    public int Calls { get; private set; }

    public int Texts { get; private set; }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls++;
        Texts += texts.Count;
        return [.. texts.Select(Vector)];
    }

    private float[] Vector(string text)
    {
        var vector = new float[dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', '?', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[Hash(word) % dimensions] += 1;
        }

        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length == 0 ? vector : [.. vector.Select(v => v / length)];
    }

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private static int Hash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}

/// <summary>An encoder whose model cannot run: every call fails as the real one reports failures.</summary>
internal sealed class BrokenEncoder : ISentenceEncoder
{
    public string EncoderId => "broken";

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("the sentence encoder failed: model file missing");
}
