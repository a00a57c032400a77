namespace ChatBot.Core.Languages;

/// <summary>
/// The Latin-script languages prepared for scoring a question: for each word form, the languages whose word lists hold
/// it, so a question's words are looked up once for all languages instead of once per language.
/// </summary>
internal sealed class LatinProfiles
{
    /// <summary>Words longer than this are lower-cased into an array instead of the stack.</summary>
    private const int StackWord = 64;

    private readonly Dictionary<string, int[]> languagesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> languagesBySpan;
    private readonly int[][] letterIndexes;
    private readonly LetterTable letterTable;

    public LatinProfiles(LanguageProfile[] languages)
    {
        Languages = languages;
        var distinct = languages.SelectMany(l => l.Letters).Distinct().ToArray();
        letterIndexes = [.. languages.Select(l => l.Letters.Distinct().Select(c => Array.IndexOf(distinct, c)).ToArray())];
        letterTable = new LetterTable(distinct);
        for (var l = 0; l < languages.Length; l++)
        {
            foreach (var word in languages[l].Words)
            {
                languagesOf[word] = languagesOf.TryGetValue(word, out var held) ? [.. held, l] : [l];
            }
        }

        languagesBySpan = languagesOf.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LanguageProfile[] Languages { get; }

    /// <summary>
    /// Per language, the eligible Latin-script words with a form in its list plus its typical letters found in the
    /// lower-cased question (at most <paramref name="maximumLetters"/>): a word counts once per language however many
    /// forms match. The forms are <see cref="QuestionToken.Forms"/>, read from a lower-cased copy on the stack.
    /// </summary>
    public void Score(List<QuestionToken> tokens, string question, int maximumLetters, Span<int> scores)
    {
        Span<int> lastWord = stackalloc int[Languages.Length];
        lastWord.Fill(-1);
        scores.Clear();
        Span<char> stack = stackalloc char[StackWord];
        for (var w = 0; w < tokens.Count; w++)
        {
            var token = tokens[w];
            if (token.Script != WritingScript.Latin || !token.Eligible)
            {
                continue;
            }

            var lower = token.Text.Length <= StackWord ? stack[..token.Text.Length] : new char[token.Text.Length];
            token.Text.AsSpan().ToLowerInvariant(lower);
            Count(lower, w, scores, lastWord);
            if (lower.IndexOfAny('\'', '-') < 0)
            {
                continue;
            }

            var start = 0;
            for (var i = 0; i <= lower.Length; i++)
            {
                if (i == lower.Length || lower[i] is '\'' or '-')
                {
                    if (i > start)
                    {
                        Count(i < lower.Length && lower[i] == '\'' ? lower[start..(i + 1)] : lower[start..i], w, scores, lastWord);
                    }

                    start = i + 1;
                }
            }
        }

        Span<bool> seen = stackalloc bool[letterTable.Count];
        letterTable.Mark(question, seen);
        for (var l = 0; l < Languages.Length; l++)
        {
            var hits = 0;
            foreach (var letter in letterIndexes[l])
            {
                hits += seen[letter] ? 1 : 0;
            }

            scores[l] += Math.Min(maximumLetters, hits);
        }
    }

    private void Count(ReadOnlySpan<char> form, int word, Span<int> scores, Span<int> lastWord)
    {
        if (!languagesBySpan.TryGetValue(form, out var held))
        {
            return;
        }

        foreach (var l in held)
        {
            scores[l] += lastWord[l] == word ? 0 : 1;
            lastWord[l] = word;
        }
    }
}
