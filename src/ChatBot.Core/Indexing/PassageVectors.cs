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

    /// <summary>
    /// Encodes every passage of <paramref name="index"/>; a passage whose text is unchanged since <paramref name="previous"/>
    /// (same encoder) keeps its vector, so a reload after one article changed encodes that article only.
    /// </summary>
    public static PassageVectors Encode(CorpusIndex index, Embeddings.ISentenceEncoder encoder, IProgress<int>? progress = null, CancellationToken cancellationToken = default, CorpusIndex? previous = null)
    {
        const int Batch = 16;
        var passages = index.Passages;
        var known = previous?.Vectors is { } old && old.EncoderId == encoder.EncoderId
            ? previous.Passages.Select((p, i) => (p.Text, i)).DistinctBy(x => x.Text, StringComparer.Ordinal).ToDictionary(x => x.Text, x => x.i, StringComparer.Ordinal)
            : [];
        var dimensions = known.Count > 0 ? previous!.Vectors!.Dimensions : 0;
        float[]? data = known.Count > 0 ? new float[passages.Count * dimensions] : null;
        var missing = new List<int>();
        for (var i = 0; i < passages.Count; i++)
        {
            if (data is not null && known.TryGetValue(passages[i].Text, out var ordinal))
            {
                previous!.Vectors!.Of(ordinal).CopyTo(data.AsSpan(i * dimensions, dimensions));
            }
            else
            {
                missing.Add(i);
            }
        }

        for (var start = 0; start < missing.Count; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.Skip(start).Take(Batch).ToList();
            var vectors = encoder.Encode([.. batch.Select(i => passages[i].Text)], cancellationToken);
            if (data is null)
            {
                dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
                data = new float[passages.Count * dimensions];
            }

            for (var k = 0; k < vectors.Length; k++)
            {
                vectors[k].AsSpan().CopyTo(data.AsSpan(batch[k] * dimensions, dimensions));
            }

            progress?.Report(passages.Count - missing.Count + Math.Min(missing.Count, start + Batch));
        }

        return new PassageVectors(encoder.EncoderId, dimensions, data ?? []);
    }
}
