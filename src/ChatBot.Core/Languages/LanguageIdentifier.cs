namespace ChatBot.Core.Languages;

/// <summary>
/// Tells which language a question is written in, without a model: the script of its letters (Hangul is Korean, Kana
/// is Japanese, Cyrillic or Arabic script narrowed down by typical words and letters) and, for Latin-script questions,
/// which language's function words it uses (<see cref="LanguageProfiles"/>). It never guesses: a question is
/// attributed to a language only when the evidence clearly points to it; otherwise — short, ambiguous, or reading as
/// English ("What does 拉致 mean?") — the answer is null, which means English.
/// </summary>
public sealed class LanguageIdentifier(LanguageProfiles profiles)
{
    /// <summary>Function words (plus typical letters, at most two) a Latin-script language needs, and its lead over every other.</summary>
    private const int MinimumWords = 2;
    private const int MinimumLead = 1;
    private const int MaximumLetterEvidence = 2;

    /// <summary>Letters of another script needed before it says anything, and their share when Latin words other than names surround them.</summary>
    private const int MinimumScriptLetters = 2;
    private const double MinimumScriptShare = 0.5;

    private readonly LanguageProfile english = profiles.Languages.Single(l => l.Code == "en");

    /// <summary>The Latin-script languages in profile order, with each word's languages and each language's distinct letters.</summary>
    private readonly LatinProfiles latinProfiles = new(profiles.Languages.Where(l => l.Script == WritingScript.Latin).ToArray());

    public static LanguageIdentifier Default { get; } = new(LanguageProfiles.Default);

    /// <summary>The language of <paramref name="question"/>, or null for English and whenever it cannot tell.</summary>
    public DetectedLanguage? Identify(string question)
    {
        var tokens = QuestionTokens.Split(question);

        // Each word is looked up once for all languages, not once per language compared.
        var languages = latinProfiles.Languages;
        Span<int> scores = stackalloc int[languages.Length];
        latinProfiles.Score(tokens, question, MaximumLetterEvidence, scores);

        // The best is the first of the highest scores (a stable sort's first), the second the highest of the others.
        var best = scores.Length == 0 ? -1 : scores.IndexOf(MaxOf(scores));
        var second = int.MinValue;
        for (var l = 0; l < scores.Length; l++)
        {
            second = l != best ? Math.Max(second, scores[l]) : second;
        }

        if (scores.Length >= 2 && languages[best] != english && scores[best] >= MinimumWords && scores[best] - second >= MinimumLead)
        {
            return Detected(languages[best]);
        }

        return scores[Array.IndexOf(languages, english)] >= MinimumWords || !HasScriptLetters(question) ? null : ByScript(question, tokens);
    }

    /// <summary>
    /// The part of a question that can be matched in English articles whatever its language: names, acronyms and
    /// numbers in Latin script, without the language's own function words ("Qui est Hitomi Soga ?" → "Hitomi Soga").
    /// </summary>
    public string NamesIn(string question, DetectedLanguage language)
    {
        var own = profiles.Languages.FirstOrDefault(l => l.Code == language.Code);
        var nonLatin = language.Script != WritingScript.Latin;
        var names = QuestionTokens.Split(question)
            .Where(t => t.Script is WritingScript.Latin or WritingScript.Other)
            .Where(t => (nonLatin || t.NameLike) && !(t.Eligible && (IsWord(english, t) || (own is not null && IsWord(own, t)))))
            .Select(t => t.Text);
        return string.Join(' ', names);
    }

    /// <summary>
    /// Whether the question has the letters of another script that <see cref="ByScript"/> needs before it says anything:
    /// counted without a list, because most questions are Latin script and end here.
    /// </summary>
    private static bool HasScriptLetters(string question)
    {
        var count = 0;
        foreach (var c in question)
        {
            count += WritingScripts.IsWordCharacter(c) && WritingScripts.Of(c) is not WritingScript.Other and not WritingScript.Latin ? 1 : 0;
            if (count >= MinimumScriptLetters)
            {
                return true;
            }
        }

        return false;
    }

    private DetectedLanguage? ByScript(string question, List<QuestionToken> tokens)
    {
        var latin = tokens.Where(t => t.Script == WritingScript.Latin).ToList();
        var letters = question.Where(WritingScripts.IsWordCharacter).Select(WritingScripts.Of).Where(s => s is not WritingScript.Other and not WritingScript.Latin).ToList();
        if (letters.Count < MinimumScriptLetters)
        {
            return null;
        }

        // Kana makes Han characters Japanese; otherwise the script with the most letters.
        var script = letters.Contains(WritingScript.Kana) ? WritingScript.Kana : letters.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        var count = letters.Count(s => s == script || (script == WritingScript.Kana && s == WritingScript.Han));
        var weighted = count * (script is WritingScript.Han or WritingScript.Kana or WritingScript.Hangul ? 2.0 : 1.0);
        var latinLetters = latin.Sum(t => t.Text.Count(char.IsLetter));
        if (count < MinimumScriptLetters || (!latin.All(t => t.NameLike) && weighted < MinimumScriptShare * (weighted + latinLetters)))
        {
            return null;
        }

        var words = tokens.Where(t => t.Script == script || (script == WritingScript.Kana && t.Script == WritingScript.Han)).ToList();
        var candidates = profiles.Languages.Where(l => l.Script == script)
            .Select(l => (Language: l, Score: WordHits(l, words) + LetterHits(l, question)))
            .Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
        return candidates switch
        {
            [var only] => Detected(only.Language),
            [var best, var second, ..] when best.Score > second.Score => Detected(best.Language),
            _ => profiles.Scripts.GetValueOrDefault(script),
        };
    }

    private static int MaxOf(ReadOnlySpan<int> scores)
    {
        var max = int.MinValue;
        foreach (var score in scores)
        {
            max = Math.Max(max, score);
        }

        return max;
    }

    private static int WordHits(LanguageProfile language, IEnumerable<QuestionToken> tokens) =>
        tokens.Count(t => t.Eligible && IsWord(language, t));

    private static bool IsWord(LanguageProfile language, QuestionToken token) => token.Forms().Any(language.Words.Contains);

    private static int LetterHits(LanguageProfile language, string text) => language.Letters.Distinct().Count(text.Contains);

    private static DetectedLanguage Detected(LanguageProfile language) => new(language.Code, language.Name, language.Script);
}
