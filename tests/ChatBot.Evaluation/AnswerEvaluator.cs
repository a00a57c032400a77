using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;

namespace ChatBot.Evaluation;

/// <summary>Runs questions through the answer pipeline and checks every answer's facts, citations and quotes.</summary>
public static partial class AnswerEvaluator
{
    public static AnswerMetrics Evaluate(IReadOnlyList<EvaluationQuestion> questions, CorpusIndex index, Func<string, AnswerResult> ask)
    {
        var failures = new List<string>();
        int correct = 0, falseDeclines = 0, declined = 0, uncited = 0, violations = 0;
        foreach (var question in questions)
        {
            var answer = ask(question.Question);
            uncited += UncitedSentences(answer);
            foreach (var violation in QuoteViolations(answer, index))
            {
                violations++;
                failures.Add($"{question.Id} quote: {violation}");
            }
            if (!question.Answerable)
            {
                if (answer.Status == AnswerStatus.NotFound && (question.Nearest.Count == 0 || answer.Citations.Any(c => question.Nearest.Any(n => c.Quote.Contains(n, StringComparison.Ordinal)))))
                {
                    declined++;
                }
                else
                {
                    failures.Add($"{question.Id} should decline ({question.Category}): {question.Question} -> {answer.Answer}");
                }

                continue;
            }

            if (IsCorrect(question, answer))
            {
                correct++;
            }
            else
            {
                falseDeclines += answer.Status == AnswerStatus.NotFound ? 1 : 0;
                failures.Add($"{question.Id} [{question.Kind}] {question.Question} -> {answer.Status}: {answer.Answer}");
            }
        }

        var answerable = questions.Count(q => q.Answerable);
        var unanswerable = questions.Count - answerable;
        return new AnswerMetrics(answerable, unanswerable, Share(correct, answerable), Share(falseDeclines, answerable), Share(declined, unanswerable), uncited, violations, failures);
    }

    public static bool IsCorrect(EvaluationQuestion question, AnswerResult answer) =>
        answer.Status == AnswerStatus.Answered
        && question.Facts.Any(fact => answer.Answer.Contains(fact, StringComparison.OrdinalIgnoreCase)
            && answer.Citations.Any(c => c.ArticleId == question.ArticleId
                && (c.Quote.Contains(fact, StringComparison.OrdinalIgnoreCase) || question.Evidence.Any(e => c.Quote.Contains(e, StringComparison.Ordinal)))));

    /// <summary>
    /// Sentences of an answer that do not end in a citation marker naming an existing citation. A decline may show the
    /// nearest sentence after <see cref="AnswerMessages.NearestLead"/>: that part is held to the same rule, and a
    /// decline without it must cite nothing.
    /// </summary>
    public static int UncitedSentences(AnswerResult answer)
    {
        var quoted = Quoted(answer);
        if (quoted is null)
        {
            return answer.Citations.Count;
        }

        var numbers = answer.Citations.Select(c => c.N).ToHashSet();
        var segments = Segment().Split(quoted).Where(s => s.Trim().Length > 0).ToList();
        var cited = Marker().Matches(quoted).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return segments.Count(s => !Marker().IsMatch(s)) + cited.Count(n => !numbers.Contains(n)) + (segments.Count == 0 ? 1 : 0);
    }

    /// <summary>Quotes that are not verbatim article text, and answer pieces not found in their citation's quote.</summary>
    public static IEnumerable<string> QuoteViolations(AnswerResult answer, CorpusIndex index)
    {
        foreach (var violation in UnquotedCitations(answer, index))
        {
            yield return violation;
        }

        foreach (Match sentence in Sentence().Matches(Quoted(answer) ?? ""))
        {
            var n = int.Parse(sentence.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var quote = answer.Citations.FirstOrDefault(c => c.N == n)?.Quote ?? "";
            foreach (var piece in SentenceTrimmerView.Pieces(sentence.Groups["text"].Value))
            {
                if (!quote.Contains(piece, StringComparison.Ordinal) && !quote.Contains(char.ToLowerInvariant(piece[0]) + piece[1..], StringComparison.Ordinal))
                {
                    yield return $"answer piece not in quote [{n}]: {piece}";
                }
            }
        }
    }

    /// <summary>The answer's quoted pieces (split at "…"), without their citation markers.</summary>
    public static IEnumerable<string> Pieces(AnswerResult answer) =>
        Sentence().Matches(Quoted(answer) ?? "").SelectMany(m => SentenceTrimmerView.Pieces(m.Groups["text"].Value));

    /// <summary>
    /// Citations whose quote is not verbatim text of their article. For generated answers, whose wording is the
    /// model's own, this is the whole quote check: <see cref="QuoteViolations"/> also wants the answer's words in the quote.
    /// </summary>
    public static IEnumerable<string> UnquotedCitations(AnswerResult answer, CorpusIndex index)
    {
        foreach (var citation in answer.Citations)
        {
            if (!index.TryGetArticle(citation.ArticleId, out var article) || !article.Text.Contains(citation.Quote, StringComparison.Ordinal))
            {
                yield return $"[{citation.N}] quote is not verbatim text of {citation.ArticleId}: {citation.Quote}";
            }
        }
    }

    /// <summary>The part of the answer made of quoted sentences: all of an answer, the nearest sentence of a decline, or null.</summary>
    public static string? Quoted(AnswerResult answer) =>
        answer.Status == AnswerStatus.Answered ? answer.Answer
        : answer.Answer.IndexOf(AnswerMessages.NearestLead, StringComparison.Ordinal) is var at and >= 0 ? answer.Answer[(at + AnswerMessages.NearestLead.Length)..]
        : null;

    private static double Share(int part, int whole) => whole == 0 ? 1 : part / (double)whole;

    [GeneratedRegex(@"(?<=\])\s+")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\[(\d+)\]\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<text>[^\[\]]+?)\s*\[(?<n>\d+)\]")]
    private static partial Regex Sentence();
}
