using ChatBot.Core.Languages;

namespace ChatBot.UnitTests.Languages;

public sealed class LatinProfilesTests
{
    [Fact]
    public void Score_IsPerLanguageTheEligibleWordsWithAFormInItsList_PlusItsLetters_AsCountedLanguageByLanguage()
    {
        var languages = LanguageProfiles.Default.Languages.Where(l => l.Script == WritingScript.Latin).ToArray();
        var profiles = new LatinProfiles(languages);
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.tsv"))
            .Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.heldout.tsv")))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2)[1])
            .Concat(Mixed(languages))
            .ToList();
        var scored = 0;
        var scores = new int[languages.Length];

        foreach (var question in questions)
        {
            var tokens = QuestionTokens.Split(question);
            var latin = tokens.Where(t => t.Script == WritingScript.Latin).ToList();
            var lower = question.ToLowerInvariant();
            profiles.Score(tokens, question, 2, scores);

            // The language-by-language count the identifier made before (a word counts once however many forms match).
            var forms = latin.Where(t => t.Eligible).Select(t => t.Forms().ToArray()).ToList();
            var expected = languages.Select(l => forms.Count(f => f.Any(l.Words.Contains)) + Math.Min(2, l.Letters.Distinct().Count(lower.Contains))).ToArray();
            Assert.Equal(expected, scores);
            scored += expected.Count(s => s > 0) > 1 ? 1 : 0;
        }

        Assert.True(scored > 100, $"only {scored} questions scored for more than one language");
    }

    /// <summary>Capitals of typical letters, characters that lower-case to one (the Ångström and Kelvin signs, capital sharp s, dotted I) and near misses.</summary>
    private const string UpperAndOddLetters = "ÇÊÎÏŒÛËÂÑÃÕÄÖÜÒŞĞIİĄĆĘŁŃŚŹŻĂĐƠƯẠẢẤẦỲỴỶỸÅ\u212B\u212A\u1E9EßıÉÈ¿¡ﬁ";

    /// <summary>Questions made of words from several languages' lists, elided and hyphenated, some capitalised.</summary>
    private static IEnumerable<string> Mixed(LanguageProfile[] languages)
    {
        var words = languages.SelectMany(l => l.Words).Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = new Random(16);
        for (var q = 0; q < 400; q++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)]).Select(w => random.Next(6) switch
            {
                0 => char.ToUpperInvariant(w[0]) + w[1..],
                1 => w.EndsWith('\'') ? w + words[random.Next(words.Length)] : w + "-" + words[random.Next(words.Length)],
                2 => w.ToUpperInvariant(),
                3 => w + UpperAndOddLetters[random.Next(UpperAndOddLetters.Length)],
                _ => w,
            });
            yield return string.Join(' ', picked) + (random.Next(2) == 0 ? " ?" : ".");
        }
    }
}
