using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// Whether an answer holds a gold answer: SQuAD's normalisation (lower case, no punctuation, no articles, single
/// spaces) on both, then the gold answer as a run of whole words inside the answer.
/// </summary>
public static partial class AnswerHolds
{
    public static bool Any(string answer, IEnumerable<string> golds)
    {
        var normalized = $" {Normalize(answer)} ";
        return golds.Select(Normalize).Any(g => g.Length > 0 && normalized.Contains($" {g} ", StringComparison.Ordinal));
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in CitationMarker().Replace(text.ToLowerInvariant(), " "))
        {
            builder.Append(char.IsPunctuation(c) || char.IsSymbol(c) ? ' ' : c);
        }

        return string.Join(' ', Articles().Replace(builder.ToString(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\b(a|an|the)\b")]
    private static partial Regex Articles();
}
