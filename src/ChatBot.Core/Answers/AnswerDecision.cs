using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;

namespace ChatBot.Core.Answers;

/// <summary>
/// The one place where the engine decides to answer or decline. It declines a question that is not about the articles
/// (an instruction, small talk), that names what they never mention, or when the answerability model's probability
/// that the answer is right falls below the threshold chosen on held-out articles.
/// </summary>
public sealed record AnswerDecision(DeclineReason? Reason, float Probability, IReadOnlyList<string> Missing)
{
    /// <summary>Small talk is declined unless the evidence covers the question this well anyway ("what is the weather like in …" in a corpus about climate).</summary>
    public const float SmallTalkCoverage = 0.85f;

    public bool Answers => Reason is null;

    /// <summary>What can be decided before any evidence is ranked.</summary>
    public static AnswerDecision Before(ManipulationKind manipulation, IReadOnlyList<string> missing, bool anythingKnown) =>
        manipulation != ManipulationKind.None ? new(DeclineReason.Manipulation, 0, [])
        : missing.Count > 0 ? new(DeclineReason.UnknownNames, 0, missing)
        : !anythingKnown ? new(DeclineReason.NothingMatches, 0, [])
        : new(null, 1, []);

    /// <summary>
    /// What the evidence, the chosen sentences and their assessment decide, whatever the threshold. A yes/no question
    /// hinging on words the articles never use (<paramref name="unconfirmable"/>) cannot be confirmed by them.
    /// </summary>
    public static AnswerDecision On(bool smallTalk, IReadOnlyList<string> unconfirmable, RankedEvidence evidence, AnswerChoice choice, Assessment assessment)
    {
        if (evidence.Sentences.Count == 0 || choice.Sentences.Count == 0 || unconfirmable.Count > 0)
        {
            return new(DeclineReason.NotAnswered, evidence.Sentences.Count == 0 ? 0 : assessment.Probability, unconfirmable);
        }

        return smallTalk && evidence.Sentences[0].Match.Coverage < SmallTalkCoverage
            ? new(DeclineReason.OffTopic, assessment.Probability, [])
            : new(null, assessment.Probability, []);
    }

    /// <summary>The final decision: an answer the model is not sure enough of is declined.</summary>
    public AnswerDecision Against(float threshold) =>
        Answers && Probability < threshold ? this with { Reason = DeclineReason.NotAnswered } : this;
}
