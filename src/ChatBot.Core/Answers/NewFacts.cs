using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Whether a sentence tells the asker something of the kind they asked for that the question does not already
/// say: a date for "when", a number for "how many", a place for "where", a name for "who". A sentence that only
/// repeats the question's own names and numbers does not answer it.
/// </summary>
internal static partial class NewFacts
{
    public static bool Has(string sentence, string question, QuestionKind kind, PartialDate? published) => kind switch
    {
        QuestionKind.Date => DateExtractor.Extract(sentence, published).Any(d => IsNew(sentence.Substring(d.Start, d.Length), question)),
        QuestionKind.Number => Numbers(sentence).Any(n => IsNew(n, question)),
        QuestionKind.Place => PlaceNames.Find(sentence).Any(p => IsNew(p, question)),
        QuestionKind.Person => PersonNames.Find(sentence).Any(p => IsNew(p, question)),
        _ => true,
    };

    /// <summary>Question kinds whose answer must contain a new fact of that kind, or the bot declines.</summary>
    public static bool IsRequired(QuestionKind kind, string question) => kind switch
    {
        QuestionKind.Date or QuestionKind.Number or QuestionKind.Place => true,
        QuestionKind.Person => AsksForName().IsMatch(question),
        _ => false,
    };

    private static bool IsNew(string fact, string question)
    {
        var words = Tokenizer.Tokenize(fact).Select(t => t.Folded).ToList();
        var asked = Tokenizer.Tokenize(question).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return words.Any(w => !asked.Contains(w));
    }

    private static IEnumerable<string> Numbers(string sentence)
    {
        var masked = CitationPattern.Regex.Replace(sentence, " ");
        foreach (var date in DateExtractor.Extract(masked, null))
        {
            masked = masked.Remove(date.Start, date.Length).Insert(date.Start, new string(' ', date.Length));
        }

        return Tokenizer.Tokenize(masked).Select(t => t.Folded).Where(NumberWords.IsNumber);
    }

    /// <summary>"What is the name of…", "who was Soga's husband": a name is the only acceptable answer.</summary>
    [GeneratedRegex(@"\bname\b|\b(’s|'s)\s+(husband|wife|mother|father|son|daughter|brother|sister|parents|spouse|partner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForName();
}
