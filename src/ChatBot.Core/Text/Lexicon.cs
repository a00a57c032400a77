using System.Collections.Frozen;

namespace ChatBot.Core.Text;

/// <summary>
/// Compiled domain aliases. Members are analysed with the same stemmer as the text, so "North Koreans" in an
/// article and "north korean" here meet on the same term. Multi-word members become single phrase terms
/// (words joined by a space) that the analyzer emits wherever the words occur in sequence.
/// </summary>
public sealed class Lexicon
{
    private const float AlternativeWeight = 0.85f;

    // Frozen once built: every word of every article and question asks whether it starts a phrase, and every question
    // term asks for its expansions, so lookups outweigh the one-off cost of freezing by far.
    private readonly FrozenDictionary<string, List<Phrase>> phrasesByFirstWord;
    private readonly FrozenDictionary<string, List<WeightedTerm>> expansions;

    private Lexicon(Dictionary<string, List<Phrase>> phrasesByFirstWord, Dictionary<string, List<WeightedTerm>> expansions)
    {
        this.phrasesByFirstWord = phrasesByFirstWord.ToFrozenDictionary(StringComparer.Ordinal);
        this.expansions = expansions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Lexicon Empty { get; } = new([], []);

    public static Lexicon Build(IEnumerable<string> definitions, ITermStemmer stemmer)
    {
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var expansions = new Dictionary<string, List<WeightedTerm>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var members = definition.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(member => ParseMember(member, stemmer, phrases))
                .DistinctBy(member => member.Term)
                .ToList();
            foreach (var asked in members)
            {
                var list = expansions.TryGetValue(asked.Term, out var existing) ? existing : expansions[asked.Term] = [];
                foreach (var other in members.Where(m => m.Term != asked.Term))
                {
                    AddMax(list, new WeightedTerm(other.Term, AlternativeWeight * Math.Min(asked.Weight, other.Weight)));
                }
            }
        }

        return new Lexicon(phrases, expansions);
    }

    /// <summary>Other terms that stand for <paramref name="term"/>, with weights below 1.</summary>
    public IReadOnlyList<WeightedTerm> Expand(string term) =>
        expansions.TryGetValue(term, out var list) ? list : [];

    /// <summary>Whether some phrase starts with the word whose term is <paramref name="term"/> (otherwise <see cref="MatchPhrase"/> finds none there).</summary>
    public bool StartsPhrase(string term) => phrasesByFirstWord.ContainsKey(term);

    /// <summary>The longest lexicon phrase starting at <paramref name="index"/>, as its term and word count.</summary>
    public (string Term, int Words)? MatchPhrase(IReadOnlyList<string> words, int index)
    {
        if (!phrasesByFirstWord.TryGetValue(words[index], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (index + phrase.Words.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Words.Length && matches; k++)
            {
                matches = words[index + k] == phrase.Words[k];
            }

            if (matches)
            {
                return (phrase.Term, phrase.Words.Length);
            }
        }

        return null;
    }

    private static WeightedTerm ParseMember(string member, ITermStemmer stemmer, Dictionary<string, List<Phrase>> phrases)
    {
        var weight = 1f;
        var colon = member.LastIndexOf(':');
        if (colon > 0 && float.TryParse(member.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            weight = parsed;
            member = member[..colon];
        }

        var words = Tokenizer.Tokenize(member).Select(token => TextAnalyzer.TermOf(token, stemmer)).ToArray();
        if (words.Length > 1)
        {
            var list = phrases.TryGetValue(words[0], out var existing) ? existing : phrases[words[0]] = [];
            if (!list.Any(p => p.Words.SequenceEqual(words)))
            {
                list.Add(new Phrase(words, string.Join(' ', words)));
                list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            }
        }

        return new WeightedTerm(string.Join(' ', words), weight);
    }

    private static void AddMax(List<WeightedTerm> list, WeightedTerm candidate)
    {
        var index = list.FindIndex(t => t.Term == candidate.Term);
        if (index < 0)
        {
            list.Add(candidate);
        }
        else if (list[index].Weight < candidate.Weight)
        {
            list[index] = candidate;
        }
    }

    /// <summary>A phrase's word terms and its own term (the words joined by a space), joined once, not per match.</summary>
    private sealed record Phrase(string[] Words, string Term);
}
