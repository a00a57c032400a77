namespace ChatBot.Core.Embeddings;

/// <summary>Vectors are stored unit-length, so cosine similarity is a dot product.</summary>
internal static class VectorMath
{
    public static float[] Normalize(float[] vector)
    {
        var length = Math.Sqrt(vector.Sum(v => (double)v * v));
        return length == 0 ? vector : [.. vector.Select(v => (float)(v / length))];
    }

    public static float Dot(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            return float.NegativeInfinity;
        }

        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
