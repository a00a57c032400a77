namespace ChatBot.Evaluation;

/// <summary>
/// Answer quality: correct = answered, containing an expected fact, with a citation of the right article whose
/// quote holds the fact or the evidence. Declined = not_found for an unanswerable question.
/// </summary>
public sealed record AnswerMetrics(
    int Answerable,
    int Unanswerable,
    double CorrectShare,
    double FalseDeclineShare,
    double DeclinedShare,
    int UncitedSentences,
    int QuoteViolations,
    IReadOnlyList<string> Failures)
{
    public override string ToString() =>
        $"correct {CorrectShare:P1} of {Answerable} answerable (false declines {FalseDeclineShare:P1}), declined {DeclinedShare:P1} of {Unanswerable} unanswerable, uncited sentences {UncitedSentences}, quote violations {QuoteViolations}";
}
