using ChatBot.Core.Storage;

namespace ChatBot.Host.AdminConsole;

/// <summary>Questions worded alike (same words, any case or punctuation), most asked first.</summary>
public sealed record QuestionGroup(string Example, int Count)
{
    public static IReadOnlyList<QuestionGroup> Of(IEnumerable<AskedQuestion> questions) =>
        [.. questions.GroupBy(q => Key(q.Question)).Select(g => new QuestionGroup(g.First().Question, g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Example, StringComparer.Ordinal)];

    private static string Key(string question) =>
        string.Join(' ', new string([.. question.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
