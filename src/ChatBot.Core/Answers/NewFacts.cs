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
    /// <summary>
    /// The last question's folded words on this thread: one question checks dozens of sentences, each fact against the
    /// same question, and tokenising the question again for every fact was half of what this check cost.
    /// </summary>
    [ThreadStatic]
    private static (string Question, HashSet<string> Words)? lastAsked;

    /// <summary>
    /// The last question's "X's husband" relation on this thread, null when it asks for none: a question of a person checks
    /// every sentence of its best passages, and matching the pattern on the question again for each was most of the check.
    /// </summary>
    [ThreadStatic]
    private static (string Question, string? Relation)? lastRelation;

    public static bool Has(string sentence, string question, QuestionKind kind, PartialDate? published) => kind switch
    {
        QuestionKind.Date => DateExtractor.Extract(sentence, published).Any(d => IsNew(sentence.Substring(d.Start, d.Length), question)),
        QuestionKind.Number => Numbers(sentence).Any(n => IsNew(n, question)),
        QuestionKind.Place => PlaceNames.AfterPreposition(sentence).Any(p => IsNew(p, question)),
        QuestionKind.Person => NamesNearRelation(sentence, question).Any(p => IsNewName(p, question)),
        _ => true,
    };

    /// <summary>
    /// The facts of the question's kind that <see cref="Has"/> would weigh in the sentence, each as its tokenizer words
    /// followed by a null: they depend on the sentence alone, so a sentence read by many questions is read once (see
    /// <see cref="HasAmong"/>). Null for a kind whose check reads the question further (a name asked for by relation)
    /// or needs no fact.
    /// </summary>
    public static string?[]? Facts(string sentence, QuestionKind kind, PartialDate? published)
    {
        var facts = new List<string?>();
        switch (kind)
        {
            case QuestionKind.Date:
                foreach (var date in DateExtractor.Extract(sentence, published))
                {
                    AddFact(facts, sentence.Substring(date.Start, date.Length));
                }

                break;
            case QuestionKind.Number:
                foreach (var number in Numbers(sentence))
                {
                    AddFact(facts, number);
                }

                break;
            case QuestionKind.Place:
                foreach (var place in PlaceNames.AfterPreposition(sentence))
                {
                    AddFact(facts, place);
                }

                break;
            case QuestionKind.Person:
                foreach (var name in PersonNames.Find(sentence))
                {
                    AddFact(facts, name);
                }

                break;
            default:
                return null;
        }

        return [.. facts];
    }

    /// <summary>
    /// <see cref="Has"/> from the sentence's <see cref="Facts"/> of the same kind, or null where the question needs the
    /// sentence itself (a name asked for by relation, "Soga's husband").
    /// </summary>
    public static bool? HasAmong(string?[] facts, string question, QuestionKind kind)
    {
        if (kind == QuestionKind.Person && Relation(question) is not null)
        {
            return null;
        }

        var words = Asked(question);
        var newName = kind == QuestionKind.Person;
        for (var i = 0; i < facts.Length; i++)
        {
            // A date, number or place is new with any word the question lacks; a name only when the question has none of its words.
            var (anyNew, allNew) = (false, true);
            for (; facts[i] is { } word; i++)
            {
                var isNew = !words.Contains(word);
                (anyNew, allNew) = (anyNew | isNew, allNew & isNew);
            }

            if (newName ? allNew : anyNew)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddFact(List<string?> facts, string fact)
    {
        foreach (var token in Tokenizer.Tokenize(fact))
        {
            facts.Add(token.Folded);
        }

        facts.Add(null);
    }

    /// <summary>Question kinds whose answer must contain a new fact of that kind, or the bot declines.</summary>
    public static bool IsRequired(QuestionKind kind, string question) => kind switch
    {
        QuestionKind.Date or QuestionKind.Number or QuestionKind.Place => true,
        QuestionKind.Person => AsksForName().IsMatch(question),
        _ => false,
    };

    /// <summary>
    /// Names in the sentence; for "X's husband"-style questions only names within six words of the relation word
    /// ("her mother, Miyoshi Soga"), since a name elsewhere in the sentence is somebody else.
    /// </summary>
    private static IEnumerable<string> NamesNearRelation(string sentence, string question)
    {
        var names = PersonNames.Find(sentence);
        if (AsksForName().Match(question) is not { Success: true } asked || asked.Groups["relation"].Value is not { Length: > 0 } relation)
        {
            return names;
        }

        var words = Tokenizer.Tokenize(sentence);
        var relationAt = words.FindIndex(w => w.Folded == relation.ToLowerInvariant());
        if (relationAt < 0)
        {
            return [];
        }

        var near = words.Where((_, i) => Math.Abs(i - relationAt) <= 6).Select(w => w.Folded).ToHashSet(StringComparer.Ordinal);
        return names.Where(n => Tokenizer.Tokenize(n).All(t => near.Contains(t.Folded)));
    }

    /// <summary>A name is new only if none of its words is in the question ("Choi Sung-Yong" is the Choi asked about).</summary>
    private static bool IsNewName(string name, string question)
    {
        var asked = Asked(question);
        return Tokenizer.Tokenize(name).All(t => !asked.Contains(t.Folded));
    }

    private static bool IsNew(string fact, string question)
    {
        var asked = Asked(question);
        foreach (var token in Tokenizer.Tokenize(fact))
        {
            if (!asked.Contains(token.Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The relation word the question asks a name by ("husband" in "Soga's husband"), or null.</summary>
    private static string? Relation(string question)
    {
        if (lastRelation is { } last && string.Equals(last.Question, question, StringComparison.Ordinal))
        {
            return last.Relation;
        }

        var relation = AsksForName().Match(question) is { Success: true } asked && asked.Groups["relation"].Value is { Length: > 0 } found ? found : null;
        lastRelation = (question, relation);
        return relation;
    }

    private static HashSet<string> Asked(string question)
    {
        if (lastAsked is { } last && string.Equals(last.Question, question, StringComparison.Ordinal))
        {
            return last.Words;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(question))
        {
            words.Add(token.Folded);
        }

        lastAsked = (question, words);
        return words;
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
    [GeneratedRegex(@"(’s|'s)\s+(?<relation>husband|wife|mother|father|son|daughter|brother|sister|parents|spouse|partner)\b|\bname\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForName();
}
