using System.Globalization;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// The numbers the issue asks for on a set of questions at one threshold: for answerable questions, the share whose
/// answer holds a gold answer and the share declined; for unanswerable ones, the share declined; overall, the share
/// of right decisions (answered correctly, or declined when unanswerable); and the median answer length.
/// </summary>
public sealed record QaScore(int Answerable, int Unanswerable, double Holds, double Declined, double DeclinedUnanswerable, double RightDecision, int MedianWords)
{
    public static QaScore Of(IReadOnlyList<QaOutcome> outcomes, float threshold)
    {
        var answerable = outcomes.Where(o => o.Case.IsAnswerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Case.IsAnswerable).ToList();
        var holds = answerable.Count(o => o.Answers(threshold) && o.Holds);
        var declined = answerable.Count(o => !o.Answers(threshold));
        var declinedUnanswerable = unanswerable.Count(o => !o.Answers(threshold));
        var words = outcomes.Where(o => o.Answers(threshold)).Select(o => o.Words).Order().ToList();
        return new QaScore(
            answerable.Count,
            unanswerable.Count,
            Share(holds, answerable.Count),
            Share(declined, answerable.Count),
            Share(declinedUnanswerable, unanswerable.Count),
            Share(holds + declinedUnanswerable, outcomes.Count),
            words.Count == 0 ? 0 : words[words.Count / 2]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Answerable} answerable: holds {Holds:P1}, declined {Declined:P1}; {Unanswerable} unanswerable: declined {DeclinedUnanswerable:P1}; right decision {RightDecision:P1}; median {MedianWords} words");

    private static double Share(int part, int whole) => whole == 0 ? 0 : part / (double)whole;
}
