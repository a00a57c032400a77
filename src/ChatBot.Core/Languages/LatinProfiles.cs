namespace ChatBot.Core.Languages;

/// <summary>
/// The Latin-script languages prepared for scoring a question: for each word form, the languages whose word lists hold
/// it, so a question's words are looked up once for all languages instead of once per language.
/// </summary>
internal sealed class LatinProfiles
{
    private readonly Dictionary<string, int[]> languagesOf = new(StringComparer.Ordinal);
    private readonly string[] letters;

    public LatinProfiles(LanguageProfile[] languages)
    {
        Languages = languages;
        letters = [.. languages.Select(l => new string([.. l.Letters.Distinct()]))];
        for (var l = 0; l < languages.Length; l++)
        {
            foreach (var word in languages[l].Words)
            {
                languagesOf[word] = languagesOf.TryGetValue(word, out var held) ? [.. held, l] : [l];
            }
        }
    }

    public LanguageProfile[] Languages { get; }

    /// <summary>
    /// Per language, the eligible words with a form in its list plus its typical letters found in the lower-cased
    /// question (at most <paramref name="maximumLetters"/>): a word counts once per language however many forms match.
    /// </summary>
    public void Score(List<QuestionToken> latin, string lower, int maximumLetters, Span<int> scores)
    {
        Span<int> lastWord = stackalloc int[Languages.Length];
        lastWord.Fill(-1);
        scores.Clear();
        for (var w = 0; w < latin.Count; w++)
        {
            if (!latin[w].Eligible)
            {
                continue;
            }

            foreach (var form in latin[w].Forms())
            {
                if (!languagesOf.TryGetValue(form, out var held))
                {
                    continue;
                }

                foreach (var l in held)
                {
                    scores[l] += lastWord[l] == w ? 0 : 1;
                    lastWord[l] = w;
                }
            }
        }

        for (var l = 0; l < Languages.Length; l++)
        {
            var hits = 0;
            foreach (var letter in letters[l])
            {
                hits += lower.Contains(letter) ? 1 : 0;
            }

            scores[l] += Math.Min(maximumLetters, hits);
        }
    }
}
