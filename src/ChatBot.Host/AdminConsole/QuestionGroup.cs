using ChatBot.Core.Storage;
using ChatBot.Core.Text;

namespace ChatBot.Host.AdminConsole;

/// <summary>
/// Questions that ask for the same thing, most asked first: the same content words once stemmed and folded by the
/// corpus's own analyzer (so "Who was Megumi Yokota?" and "who is megumi yokota" are one group), in any order, with
/// function words ("who", "was", "the") left out. A question made only of function words is grouped by its wording.
/// </summary>
public sealed record QuestionGroup(string Example, int Count, IReadOnlyList<string> Wordings)
{
    public static IReadOnlyList<QuestionGroup> Of(IEnumerable<AskedQuestion> questions, TextAnalyzer analyzer) =>
        [.. questions.GroupBy(q => Key(q.Question, analyzer), StringComparer.Ordinal)
            .Select(g => Group(g.Select(q => q.Question)))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Example, StringComparer.Ordinal)];

    private static QuestionGroup Group(IEnumerable<string> questions)
    {
        var wordings = questions.GroupBy(q => q, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();
        return new QuestionGroup(wordings[0].Key, wordings.Sum(w => w.Count()), [.. wordings.Select(w => w.Key)]);
    }

    private static string Key(string question, TextAnalyzer analyzer)
    {
        var tokens = analyzer.Analyze(question);
        var content = tokens.Where(t => !t.IsStopword && !t.IsPhrase).Select(t => t.Term).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return content.Count > 0 ? "terms:" + string.Join(' ', content) : "words:" + string.Join(' ', tokens.Where(t => !t.IsPhrase).Select(t => t.Surface));
    }
}
