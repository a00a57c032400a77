using ChatBot.Core.Ranking;
using ChatBot.MachineLearning.Ranking;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>Training settings and the rules by which the answer length and the decline threshold are chosen on the tune articles.</summary>
public sealed record EvidenceTrainingOptions
{
    public TreeTrainerOptions Trees { get; init; } = new();

    public RankerOptions Ranker { get; init; } = RankerOptions.Default;

    /// <summary>The answer length rule must keep the median answer at most this long on the tune articles.</summary>
    public int MedianWordsAtMost { get; init; } = 40;

    /// <summary>The decline threshold may decline at most this share of answerable SQuAD v1.1 tune questions.</summary>
    public double DeclinedAtMost { get; init; } = 0.04;

    /// <summary>How much one of the team's own questions counts next to one SQuAD question when training answerability.</summary>
    public float DomainWeight { get; init; } = 20;

    public IReadOnlyList<float> Margins { get; init; } = [0f, 0.5f, 1f, 1.5f, 2f, 2.5f, 3f, 3.5f, 4f, 5f];
}
