namespace ChatBot.Core.Indexing;

/// <summary>One unit vector per passage (by ordinal), made by one encoder: the semantic side of the index.</summary>
public sealed class PassageVectors(string encoderId, int dimensions, float[] data)
{
    public string EncoderId => encoderId;

    public int Dimensions => dimensions;

    public int Count => dimensions == 0 ? 0 : data.Length / dimensions;

    internal float[] Data => data;

    public ReadOnlySpan<float> Of(int passage) => data.AsSpan(passage * dimensions, dimensions);

    /// <summary>The cosine between a passage and a unit query vector.</summary>
    public float Cosine(int passage, ReadOnlySpan<float> query) =>
        Embeddings.VectorMath.Dot(Of(passage), query);

    public static PassageVectors Encode(CorpusIndex index, Embeddings.ISentenceEncoder encoder, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        const int Batch = 16;
        var passages = index.Passages;
        float[]? data = null;
        var dimensions = 0;
        for (var start = 0; start < passages.Count; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vectors = encoder.Encode([.. passages.Skip(start).Take(Batch).Select(p => p.Text)], cancellationToken);
            if (data is null)
            {
                dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
                data = new float[passages.Count * dimensions];
            }

            for (var k = 0; k < vectors.Length; k++)
            {
                vectors[k].AsSpan().CopyTo(data.AsSpan((start + k) * dimensions, dimensions));
            }

            progress?.Report(Math.Min(passages.Count, start + Batch));
        }

        return new PassageVectors(encoder.EncoderId, dimensions, data ?? []);
    }
}
