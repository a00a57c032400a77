using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// What the engine made of a question before any threshold: its kind and dates, whether the timeline answers it, the
/// ranked evidence and chosen sentences when it got that far, and the decision every rule but the threshold took.
/// </summary>
public sealed record Examination(QuestionClassification Classification, DateRange? Dates, bool Timeline, AnswerDecision Decision, RankedEvidence? Evidence, AnswerChoice? Choice, Assessment? Assessment)
{
    public QuestionKind Kind => Classification.Kind;

    /// <summary>The final decision at a threshold (see <see cref="AnswerDecision.Against"/>).</summary>
    public AnswerDecision Decide(float threshold) => Decision.Against(threshold);
}
