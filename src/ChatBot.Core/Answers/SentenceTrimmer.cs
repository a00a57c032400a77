using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Makes a quoted sentence read well inside a short answer without changing a word of what it states: in-text
/// citations and leading connectives ("However, in reality,") go, and a sentence far over the word budget keeps
/// only its clauses that hold what was asked, joined by " … ". Every piece stays a verbatim part of the quote.
/// </summary>
internal static partial class SentenceTrimmer
{
    public static string Trim(string sentence, int wordBudget, Func<string, bool> isRelevant)
    {
        var text = CitationPattern.Regex.Replace(sentence, "");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        while (LeadingConnective().Match(text) is { Success: true } connective && connective.Length < text.Length - 20)
        {
            text = text[connective.Length..];
        }

        if (CountWords(text) > wordBudget)
        {
            text = KeepRelevantClauses(text, isRelevant);
        }

        return Capitalize(text.Trim());
    }

    /// <summary>
    /// The pieces of a trimmed sentence (split at "…"), each of which is a verbatim part of
    /// <see cref="Comparable"/>(quote) apart from a capitalised first letter.
    /// </summary>
    public static IEnumerable<string> Pieces(string trimmed) =>
        Ellipsis().Split(trimmed).Select(p => p.Trim().TrimEnd('.', ';', ',', ':').Trim()).Where(p => p.Length > 0);

    /// <summary>The quote as the trimmer sees it: without in-text citations.</summary>
    public static string Comparable(string quote) =>
        SpaceBeforePunctuation().Replace(CitationPattern.Regex.Replace(quote, ""), "$1");

    public static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string KeepRelevantClauses(string text, Func<string, bool> isRelevant)
    {
        var clauses = ClauseBoundary().Split(text).Where(c => c.Length > 0).ToList();
        var keep = clauses.Select((clause, i) => i == 0 || isRelevant(clause)).ToList();
        if (clauses.Count < 2 || keep.All(k => k))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder();
        var skipped = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(skipped ? " … " : " ");
            }

            builder.Append(clauses[i].Trim());
            skipped = false;
        }

        return skipped ? builder.ToString().TrimEnd(';', ',', ':') + " …" : builder.ToString();
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^(However|In addition|Furthermore|Moreover|Also|Thus|Therefore|Meanwhile|Nevertheless|Indeed|In reality|Consequently|As a result|Following this|Finally|And|But|So),\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"(?<=[;:])\s+")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\s*…\s*")]
    private static partial Regex Ellipsis();
}
