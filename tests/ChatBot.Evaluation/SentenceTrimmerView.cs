using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Evaluation;

/// <summary>
/// The evaluator's own statement of the verbatim rule, written independently of the engine's trimmer: an answer
/// may drop in-text citations and leading words, omit clauses at "…", and capitalise a first letter; nothing else.
/// </summary>
internal static partial class SentenceTrimmerView
{
    public static string Comparable(string quote) => SpaceBeforePunctuation().Replace(CitationPattern.Regex.Replace(quote, ""), "$1");

    public static IEnumerable<string> Pieces(string text) =>
        Ellipsis().Split(text).Select(p => p.Trim().TrimEnd('.', ';', ',', ':').Trim()).Where(p => p.Length > 0);

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\s*…\s*")]
    private static partial Regex Ellipsis();
}
