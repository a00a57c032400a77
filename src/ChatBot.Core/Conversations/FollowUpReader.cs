using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Conversations;

/// <summary>
/// Recognises a follow-up by its form, never by its topic: an elliptical "and what about X?" / "how about X?", or a
/// short question whose only topic is a pointer back ("when was that?", "who did it?", "why?"). It is read with the
/// previous question of the conversation; anything else stands on its own.
/// </summary>
public static partial class FollowUpReader
{
    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal)
    {
        "that", "it", "this", "he", "she", "they", "them", "him", "his", "her", "their", "there", "then", "those", "these",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "happen", "happened", "happens", "mean", "say", "said", "tell", "more", "else", "exactly" };

    public static FollowUp? Read(string question, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous) || string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        var asked = question.Trim();
        var before = previous.Trim().TrimEnd('?', '.', '!', ' ');
        if (Elliptical().Match(asked) is { Success: true } ellipsis && Content(ellipsis.Groups["rest"].Value).Count > 0)
        {
            return new FollowUp(asked, previous, $"{before} — and {ellipsis.Groups["rest"].Value.Trim().TrimEnd('?', '.', '!', ' ')}?");
        }

        var words = Words(asked);
        var content = Content(asked);
        var pointsBack = words.Any(Pointers.Contains) && content.Count <= 2 && !HasOwnAnchor(asked);
        var bare = content.Count == 0 && words.Count <= 3;
        return (pointsBack || bare) && words.Count <= 10
            ? new FollowUp(asked, previous, $"{asked.TrimEnd('?', '.', '!', ' ')} — {QuestionFrame().Replace(before, "")}?")
            : null;
    }

    // A name (a capitalised word past the first) or a number gives a question its own topic.
    private static bool HasOwnAnchor(string text) =>
        Tokenizer.Tokenize(text).Skip(1).Any(t => t.IsNumber || char.IsUpper(text[t.Start])) || Tokenizer.Tokenize(text).FirstOrDefault().IsNumber;

    private static List<string> Words(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => t.Folded)];

    private static List<string> Content(string text) =>
        [.. Words(text).Where(w => !Stopwords.Contains(w) && !Fillers.Contains(w) && !Pointers.Contains(w))];

    // The previous question's own question words go, so the follow-up's ("when", "why") decide what is asked.
    [GeneratedRegex(@"^\s*(?:(?:how\s+(?:many|much|long|often|old|far)|who|whom|whose|what|when|where|why|which|how)\b\s*)?(?:(?:did|do|does|was|were|is|are|has|have|had|can|could|will|would)\b\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionFrame();

    [GeneratedRegex(@"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?<rest>.+)$|^\s*and\s+(?<rest>(?!(?:what|when|who|where|why|how|which)\b).+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elliptical();
}
