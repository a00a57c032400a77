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

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            return float.NegativeInfinity;
        }

        var sum = 0f;
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && a.Length >= System.Numerics.Vector<float>.Count)
        {
            var acc = System.Numerics.Vector<float>.Zero;
            for (; i <= a.Length - System.Numerics.Vector<float>.Count; i += System.Numerics.Vector<float>.Count)
            {
                acc += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
            }

            sum = System.Numerics.Vector.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
