namespace ChatBot.Core.Ranking;

/// <summary>
/// The probability that the best evidence answers the question: a tree ensemble's raw score mapped through a
/// logistic curve fitted on held-out predictions (Platt scaling), so 0.7 means right about seven times in ten.
/// </summary>
public sealed record AnswerabilityModel(TreeEnsemble Trees, float Slope, float Offset)
{
    public float Probability(ReadOnlySpan<float> features) => 1f / (1f + MathF.Exp(-((Slope * Trees.Score(features)) + Offset)));
}
