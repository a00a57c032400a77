using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// A sentence from a retrieved passage, with the query concepts it holds (<see cref="Mask"/>), the share of the
/// question's weight it covers alone and together with its neighbours, and the facts it contains.
/// </summary>
internal sealed record EvidenceSentence(
    SearchHit Hit,
    int SentenceIndex,
    TextSpan Span,
    string Text,
    ulong Mask,
    float Coverage,
    float WindowCoverage,
    AnswerFeatures Features,
    bool AnswersKind,
    float Score)
{
    /// <summary>For date answers: a day beats a month beats a year beats a decade or range (0.1 per step).</summary>
    public float DatePrecisionBonus { get; init; }

    /// <summary>True when the sentence holds the kind of fact asked for, new to the asker (see <see cref="NewFacts"/>).</summary>
    public bool Has(AnswerFeatures wanted) => AnswersKind;

    public bool IsNextTo(EvidenceSentence other) =>
        Hit.Passage.Ordinal == other.Hit.Passage.Ordinal && Math.Abs(SentenceIndex - other.SentenceIndex) == 1;
}
