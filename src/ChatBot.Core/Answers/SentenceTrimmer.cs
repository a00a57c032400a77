using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Makes a quoted sentence read well inside a short answer without changing a word of what it states: the article's
/// own references ("(Hughes, 2002)", "[12]", "[citation needed]") go — at the end simply, inside the sentence as
/// " … " — as do leading connectives ("However, in reality,"); a sentence far over the word budget keeps only its
/// clauses that hold what was asked, joined by " … ". Every piece between ellipses stays verbatim text of the quote.
/// </summary>
internal static partial class SentenceTrimmer
{
    public static string Trim(string sentence, int wordBudget, Func<string, bool> isRelevant)
    {
        var text = WithoutReferences(sentence);
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
    /// the quote apart from a capitalised first letter.
    /// </summary>
    public static IEnumerable<string> Pieces(string trimmed) =>
        Ellipsis().Split(trimmed).Select(p => p.Trim().TrimEnd('.', ';', ',', ':').Trim()).Where(p => p.Length > 0);

    /// <summary>
    /// The sentence without the article's own references: removed where only punctuation follows them, replaced by
    /// " … " inside the sentence, so what is left is verbatim pieces. Bracketed numbers would otherwise read as the
    /// answer's own citation markers.
    /// </summary>
    public static string WithoutReferences(string sentence)
    {
        // Every reference opens with a bracket: most sentences hold none, and are not searched for one.
        if (sentence.AsSpan().IndexOfAny('(', '[') < 0)
        {
            return sentence;
        }

        var text = sentence;
        for (var guard = 0; guard < 32 && Reference().Match(text) is { Success: true } reference; guard++)
        {
            var after = text[(reference.Index + reference.Length)..].TrimStart();
            var before = text[..reference.Index].TrimEnd();
            var piece = before[(before.LastIndexOf(" … ", StringComparison.Ordinal) is var cut and >= 0 ? cut + 3 : 0)..] + after;
            var closing = after.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c));
            text = closing switch
            {
                // "Jerusalem.[1]": the punctuation stays where it was.
                true when sentence.Contains(piece, StringComparison.Ordinal) => before + after,

                // "and others [3].": the sentence ends at its last word, since "others." is not the article's text.
                true when !after.Any(c => c is ')' or ']') => before,
                _ => $"{before} … {after}",
            };
        }

        return text;
    }

    /// <summary>The pieces <c>Split(' ', RemoveEmptyEntries)</c> would return, counted without making them (runs of non-spaces).</summary>
    public static int CountWords(string text)
    {
        var (words, inWord) = (0, false);
        foreach (var c in text)
        {
            words += !inWord && c != ' ' ? 1 : 0;
            inWord = c != ' ';
        }

        return words;
    }

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

    /// <summary>An author-year citation, or a short bracketed note: "[12]", "[a]", "[citation needed]", "[original research?]".</summary>
    private static Regex Reference() => References();

    // A bracket is a reference when it holds numbers ("[12]", "[3, 4]", "[5–7]"), a note ("[note 2]", "[a]") or a
    // lower-case editor's remark ("[citation needed]", "[original research?]") — not statistics ("[95% CI, 0.69 to
    // 0.81]") or an abbreviation ("[OACs]"), which are the article's own words.
    [GeneratedRegex(@"\s*(\((?=[^()]*\p{Lu})[^()]*\b(1[89]|20)\d{2}[a-z]?(,\s*pp?\.\s*[\d–\-]+)?\)|(\[(\d{1,4}(\s*[,–\-]\s*\d{1,4})*|([Nn]ote|NB|nb|[Nn]) ?\d{1,3}|[a-z](?:[a-z ?']{0,38})|\d{1,3}:\d{1,4})\])+)")]
    private static partial Regex References();

    [GeneratedRegex(@"(?<=[;:])\s+")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\s*…\s*")]
    private static partial Regex Ellipsis();
}
