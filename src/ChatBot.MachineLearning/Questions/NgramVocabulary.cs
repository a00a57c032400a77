using System.Collections.Frozen;

namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// The featuriser's n-grams and the feature each one counts into, read back from the names of the feature slots:
/// character trigrams first (<c>Char.a|b|c</c>, each character written as the character tokenizer names it), then word
/// unigrams and bigrams (<c>Word.what</c>, <c>Word.what|is</c>). A shape other than that reads as null, so the caller
/// keeps ML.NET's engine.
/// </summary>
internal sealed class NgramVocabulary
{
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";
    private const char Separator = '|';

    private NgramVocabulary(
        int characterSlots,
        int wordSlots,
        FrozenDictionary<ulong, int> trigrams,
        Dictionary<string, (int Term, int Slot)> words,
        FrozenDictionary<ulong, int> bigrams)
    {
        CharacterSlots = characterSlots;
        WordSlots = wordSlots;
        this.trigrams = trigrams;
        this.bigrams = bigrams;
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<ulong, int> trigrams;
    private readonly FrozenDictionary<ulong, int> bigrams;
    private readonly Dictionary<string, (int Term, int Slot)>.AlternateLookup<ReadOnlySpan<char>> wordLookup;

    /// <summary>How many character trigram slots come first; the word slots follow them.</summary>
    public int CharacterSlots { get; }

    public int WordSlots { get; }

    /// <summary>The slot of a character trigram (within the character slots), or -1.</summary>
    public int Trigram(char first, char second, char third) =>
        trigrams.TryGetValue(((ulong)first << 32) | ((ulong)second << 16) | third, out var slot) ? slot : -1;

    /// <summary>The word's term number (0 if unknown) and its unigram slot (within the word slots, -1 if unknown).</summary>
    public (int Term, int Slot) Word(ReadOnlySpan<char> word) => wordLookup.TryGetValue(word, out var found) ? found : (0, -1);

    /// <summary>The slot of a bigram of two known terms (within the word slots), or -1.</summary>
    public int Bigram(int firstTerm, int secondTerm) =>
        bigrams.TryGetValue(((ulong)(uint)firstTerm << 32) | (uint)secondTerm, out var slot) ? slot : -1;

    /// <param name="slotNames">The feature slots' names, in slot order.</param>
    /// <param name="characterNames">What the character tokenizer calls each character (its key values), one name a character.</param>
    public static NgramVocabulary? TryRead(IReadOnlyList<string> slotNames, IReadOnlyDictionary<string, char> characterNames)
    {
        var characterSlots = 0;
        while (characterSlots < slotNames.Count && slotNames[characterSlots].StartsWith(CharPrefix, StringComparison.Ordinal))
        {
            characterSlots++;
        }

        var trigrams = new Dictionary<ulong, int>(characterSlots);
        for (var slot = 0; slot < characterSlots; slot++)
        {
            if (TryParseTrigram(slotNames[slot].AsSpan(CharPrefix.Length), characterNames) is not { } key || !trigrams.TryAdd(key, slot))
            {
                return null;
            }
        }

        var wordSlots = slotNames.Count - characterSlots;
        var words = new Dictionary<string, (int Term, int Slot)>(StringComparer.Ordinal);
        var pairs = new List<(string First, string Second, int Slot)>();
        for (var slot = 0; slot < wordSlots; slot++)
        {
            var name = slotNames[characterSlots + slot];
            if (!name.StartsWith(WordPrefix, StringComparison.Ordinal) || name.Length == WordPrefix.Length)
            {
                return null;
            }

            var gram = name[WordPrefix.Length..];
            var separator = gram.IndexOf(Separator, StringComparison.Ordinal);
            if (separator < 0)
            {
                if (!words.TryAdd(gram, (words.Count + 1, slot)))
                {
                    return null;
                }
            }
            else if (separator == 0 || separator == gram.Length - 1 || gram.IndexOf(Separator, separator + 1) >= 0)
            {
                return null;
            }
            else
            {
                pairs.Add((gram[..separator], gram[(separator + 1)..], slot));
            }
        }

        var bigrams = new Dictionary<ulong, int>(pairs.Count);
        foreach (var (first, second, slot) in pairs)
        {
            if (!words.TryGetValue(first, out var a) || !words.TryGetValue(second, out var b)
                || !bigrams.TryAdd(((ulong)(uint)a.Term << 32) | (uint)b.Term, slot))
            {
                return null;
            }
        }

        return characterSlots == 0 || words.Count == 0
            ? null
            : new NgramVocabulary(characterSlots, wordSlots, trigrams.ToFrozenDictionary(), words, bigrams.ToFrozenDictionary());
    }

    // Three character names joined by '|', where a name may itself be '|': exactly one way of reading it must work.
    private static ulong? TryParseTrigram(ReadOnlySpan<char> gram, IReadOnlyDictionary<string, char> characterNames)
    {
        ulong? found = null;
        for (var first = 1; first < gram.Length; first++)
        {
            if (gram[first] != Separator || !characterNames.TryGetValue(gram[..first].ToString(), out var a))
            {
                continue;
            }

            for (var second = first + 2; second < gram.Length; second++)
            {
                if (gram[second] != Separator
                    || !characterNames.TryGetValue(gram[(first + 1)..second].ToString(), out var b)
                    || !characterNames.TryGetValue(gram[(second + 1)..].ToString(), out var c))
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = ((ulong)a << 32) | ((ulong)b << 16) | c;
            }
        }

        return found;
    }
}
