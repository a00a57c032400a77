using System.Text.RegularExpressions;

namespace ChatBot.Evaluation;

/// <summary>
/// The evaluator's own statement of the verbatim rule, written independently of the engine's trimmer: an answer is
/// pieces of its quote separated by "…", each verbatim apart from a capitalised first letter; nothing else.
/// </summary>
internal static partial class SentenceTrimmerView
{
    public static IEnumerable<string> Pieces(string text) =>
        Ellipsis().Split(text).Select(p => p.Trim().TrimEnd('.', ';', ',', ':').Trim()).Where(p => p.Length > 0);

    [GeneratedRegex(@"\s*…\s*")]
    private static partial Regex Ellipsis();
}
