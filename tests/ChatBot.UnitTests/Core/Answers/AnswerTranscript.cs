using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Answers;

namespace ChatBot.UnitTests.Answers;

/// <summary>
/// Everything an answer and its examination say, written out in one canonical text: status, wording, citations with
/// their passages and quotes, timeline, the classifier's kind, the decision, and every ranked passage's and sentence's
/// score and the answerability features, to the bit. Its digest changes when any of them does.
/// </summary>
internal static class AnswerTranscript
{
    public static string Of(AnswerResult answer)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{answer.Status}|{answer.Answer}\n");
        foreach (var c in answer.Citations)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{c.N}] {c.ArticleId} {c.PassageId} {c.Quote}\n");
        }

        foreach (var t in answer.Timeline)
        {
            text.Append(CultureInfo.InvariantCulture, $"@{t.Date} [{t.Citation}] {t.Text}\n");
        }

        return text.ToString();
    }

    public static string Of(AnswerResult answer, Examination examination)
    {
        var text = new StringBuilder(Of(answer));
        text.Append(CultureInfo.InvariantCulture, $"kind {examination.Kind} timeline {examination.Timeline} answers {examination.Decision.Answers} reason {examination.Decision.Reason}\n");
        if (examination.Evidence is { } evidence)
        {
            text.AppendJoin(' ', evidence.Passages.Select(p => $"{p.Hit.Passage.Id}:{p.Rank}:{R(p.Score)}")).Append('\n');
            text.AppendJoin(' ', evidence.Sentences.Select(s => $"{s.Passage.Hit.Passage.Id}/{s.Index}:{R(s.Score)}")).Append('\n');
        }

        if (examination.Assessment is { } assessment)
        {
            text.Append(R(assessment.Probability)).Append(' ').AppendJoin(',', assessment.Features.Select(R)).Append('\n');
        }

        return text.ToString();
    }

    public static string Digest(string transcript) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(transcript)))[..16];

    private static string R(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
