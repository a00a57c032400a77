using ChatBot.Core.Text;

namespace ChatBot.Core.Search;

/// <summary>
/// Reads "how many X [of Y] did …" questions: X is the counted thing (the last word before "of", after an
/// optional leading "of the"), the concepts after the phrase are the predicate. "How much did concern rise"
/// counts nothing in particular.
/// </summary>
internal static class CountedPhrase
{
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal) { "many", "much", "number", "percentage", "proportion" };
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "did", "do", "does", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "been", "be",
    };

    public static (int? Focus, bool HeadUnknown, ulong Predicate) Find(List<AnalyzedToken> tokens, List<QueryConcept> concepts)
    {
        var words = tokens.Where(t => !t.IsPhrase).ToList();
        var cue = words.FindIndex(t => Cues.Contains(t.Surface));
        if (cue < 0)
        {
            return (null, false, 0);
        }

        var i = cue + 1;
        while (i < words.Count && words[i].Surface is "of" or "the" or "a" or "an")
        {
            i++;
        }

        var phrase = new List<AnalyzedToken>();
        for (; i < words.Count && !Verbs.Contains(words[i].Surface) && words[i].Surface != "of"; i++)
        {
            if (!words[i].IsStopword)
            {
                phrase.Add(words[i]);
            }
        }

        if (phrase.Count == 0)
        {
            return (null, false, 0);
        }

        var head = concepts.FindIndex(c => Covers(c, phrase[^1], tokens));
        var focus = concepts.FindIndex(c => c.IsKnown && phrase.Any(w => Covers(c, w, tokens)));
        var phraseEnd = phrase[^1].Position;
        var predicate = 0UL;
        for (var c = 0; c < concepts.Count && c < 64; c++)
        {
            if (concepts[c].IsKnown && concepts[c].Position > phraseEnd && concepts[c].Weight >= 0.8f && !concepts[c].IsName)
            {
                predicate |= 1UL << c;
            }
        }

        return (focus is >= 0 and < 64 ? focus : null, head >= 0 && !concepts[head].IsKnown, predicate);
    }

    /// <summary>Whether a concept stands for this word (the word itself, or a lexicon phrase spanning it).</summary>
    private static bool Covers(QueryConcept concept, AnalyzedToken word, List<AnalyzedToken> tokens) =>
        concept.Position == word.Position
        || tokens.Any(t => t.IsPhrase && t.Position == concept.Position && t.Position <= word.Position && t.Position + t.Term.Count(ch => ch == ' ') >= word.Position);
}
