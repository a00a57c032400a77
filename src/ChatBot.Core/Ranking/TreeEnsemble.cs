namespace ChatBot.Core.Ranking;

/// <summary>
/// A trained ensemble of regression trees (LightGBM's output, exported by the trainer) evaluated without any machine
/// learning package: each tree walks from its root, going left when the feature is at most the node's threshold, and
/// the ensemble's score is the bias plus the weighted leaf values.
/// </summary>
public sealed class TreeEnsemble
{
    private readonly Tree[] trees;

    public TreeEnsemble(float bias, IReadOnlyList<Tree> trees)
    {
        Bias = bias;
        this.trees = [.. trees];
        FeatureCount = this.trees.Length == 0 ? 0 : this.trees.Max(t => t.Features.Length == 0 ? 0 : t.Features.Max() + 1);
    }

    public float Bias { get; }

    public IReadOnlyList<Tree> Trees => trees;

    /// <summary>The least number of features an input must have (one past the highest feature any split reads).</summary>
    public int FeatureCount { get; }

    public float Score(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"the model reads {FeatureCount} features; {features.Length} were given", nameof(features));
        }

        var score = Bias;
        foreach (var tree in trees)
        {
            score += tree.Weight * tree.Leaf(features);
        }

        return score;
    }

    /// <summary>
    /// One tree in flat arrays. Node i splits on <see cref="Features"/>[i] at <see cref="Thresholds"/>[i]; a child index
    /// below zero is a leaf, ~child being its index in <see cref="Leaves"/>. A tree without nodes is a single leaf.
    /// </summary>
    public sealed record Tree(float Weight, int[] Features, float[] Thresholds, int[] Left, int[] Right, float[] Leaves)
    {
        public float Leaf(ReadOnlySpan<float> features)
        {
            if (Features.Length == 0)
            {
                return Leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[Features[node]] <= Thresholds[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }
    }
}
