namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// What the engine would do with one question, before any threshold is applied: declined outright (an unknown name,
/// a request that is not a question), or the answerability probability and whether the answer it would give holds a
/// gold answer, with its length.
/// </summary>
public sealed record QaOutcome(QaCase Case, bool DeclinedOutright, float Probability, bool Holds, int Words)
{
    public bool Answers(float threshold) => !DeclinedOutright && Probability >= threshold;
}
