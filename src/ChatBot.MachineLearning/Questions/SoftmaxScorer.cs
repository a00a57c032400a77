using System.Runtime.Intrinsics.X86;

namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// A maximum-entropy model's scores for a sparse feature vector, computed as ML.NET computes them, so the floats are the
/// same bits: each class's bias plus the dot product of its weights with the features, then the softmax. The dot product
/// follows ML.NET's sparse kernel: under 16 entries (or without SSE) a plain running sum; otherwise eight running sums,
/// one per 256-bit lane (fused multiply-adds where the processor has them), summed pairwise, then one block of four
/// products summed pairwise, then the rest one by one. The weights are kept feature-major so an entry's weights for all
/// classes are adjacent.
/// </summary>
internal sealed class SoftmaxScorer
{
    // ML.NET's sparse dot product sums plainly below this many entries.
    private const int MinVectorisedEntries = 16;

    // The softmax leaves out classes this far (in log space) below the best one.
    private const float LogTolerance = 30;

    private readonly float[] weights;
    private readonly float[] biases;

    /// <param name="weights">Class-major weights, one dense row of <paramref name="features"/> a class.</param>
    public SoftmaxScorer(IReadOnlyList<float[]> weights, float[] biases, int features)
    {
        Classes = biases.Length;
        Features = features;
        this.biases = biases;
        this.weights = new float[features * Classes];
        for (var c = 0; c < Classes; c++)
        {
            for (var f = 0; f < features; f++)
            {
                this.weights[(f * Classes) + c] = weights[c][f];
            }
        }
    }

    public int Classes { get; }

    public int Features { get; }

    /// <summary>Writes each class's probability to <paramref name="scores"/>; <paramref name="lanes"/> holds at least 8 × classes floats.</summary>
    public void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> scores, Span<float> lanes)
    {
        scores = scores[..Classes];
        if (indices.Length < MinVectorisedEntries || !Sse.IsSupported)
        {
            SumPlainly(indices, values, scores);
        }
        else if (Avx.IsSupported)
        {
            SumInLanes(indices, values, scores, lanes);
        }
        else
        {
            SumInFours(indices, values, scores);
        }

        for (var c = 0; c < Classes; c++)
        {
            scores[c] = biases[c] + scores[c];
        }

        Softmax(scores);
    }

    private void SumPlainly(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> sums)
    {
        sums.Clear();
        for (var k = 0; k < indices.Length; k++)
        {
            var row = weights.AsSpan(indices[k] * Classes, Classes);
            var value = values[k];
            for (var c = 0; c < sums.Length; c++)
            {
                sums[c] += row[c] * value;
            }
        }
    }

    private void SumInLanes(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> sums, Span<float> lanes)
    {
        var classes = Classes;
        lanes = lanes[..(8 * classes)];
        lanes.Clear();
        var fused = Fma.IsSupported;
        var blocks = indices.Length & ~7;
        for (var k = 0; k < blocks; k++)
        {
            var row = weights.AsSpan(indices[k] * classes, classes);
            var value = values[k];
            var lane = k & 7;
            for (var c = 0; c < classes; c++)
            {
                ref var sum = ref lanes[(c * 8) + lane];
                sum = fused ? MathF.FusedMultiplyAdd(value, row[c], sum) : (value * row[c]) + sum;
            }
        }

        for (var c = 0; c < classes; c++)
        {
            var l = lanes.Slice(c * 8, 8);
            var padded = ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]));
            sums[c] = FinishInFours(indices, values, blocks, c) + padded;
        }
    }

    private void SumInFours(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> sums)
    {
        Span<float> lane = stackalloc float[4];
        var blocks = indices.Length & ~3;
        for (var c = 0; c < Classes; c++)
        {
            lane.Clear();
            for (var k = 0; k < blocks; k++)
            {
                lane[k & 3] += weights[(indices[k] * Classes) + c] * values[k];
            }

            var sum = SumOfFour(lane[0], lane[1], lane[2], lane[3]);
            for (var k = blocks; k < indices.Length; k++)
            {
                sum += weights[(indices[k] * Classes) + c] * values[k];
            }

            sums[c] = sum;
        }
    }

    // After the 256-bit lanes: at most one block of four products summed pairwise, then the rest added one by one.
    private float FinishInFours(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, int start, int c)
    {
        var k = start;
        var sum = 0f;
        if (k + 4 <= indices.Length)
        {
            // Each product is added to a zeroed register first, which turns a negative zero positive.
            sum = SumOfFour(
                0f + (weights[(indices[k] * Classes) + c] * values[k]),
                0f + (weights[(indices[k + 1] * Classes) + c] * values[k + 1]),
                0f + (weights[(indices[k + 2] * Classes) + c] * values[k + 2]),
                0f + (weights[(indices[k + 3] * Classes) + c] * values[k + 3]));
            k += 4;
        }

        for (; k < indices.Length; k++)
        {
            sum += weights[(indices[k] * Classes) + c] * values[k];
        }

        return sum;
    }

    // The horizontal sum of a 128-bit register: two horizontal adds with SSE3, else high half onto low then odd onto even.
    private static float SumOfFour(float a, float b, float c, float d) =>
        Sse3.IsSupported ? (a + b) + (c + d) : (a + c) + (b + d);

    // Log-sum-exp over the classes within the tolerance of the best (in double), then each class's exponent in float.
    private static void Softmax(Span<float> scores)
    {
        var best = 0;
        var max = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > max)
            {
                best = i;
                max = scores[i];
            }
        }

        float logSum;
        if (float.IsNegativeInfinity(max) || scores.Length == 1)
        {
            logSum = max;
        }
        else
        {
            var others = 0.0;
            var cutoff = max - LogTolerance;
            for (var i = 0; i < scores.Length; i++)
            {
                if (i != best && scores[i] > cutoff)
                {
                    others += Math.Exp(scores[i] - max);
                }
            }

            logSum = others > 0.0 ? (float)(max + Math.Log(1.0 + others)) : max;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)Math.Exp(scores[i] - logSum);
        }
    }
}
