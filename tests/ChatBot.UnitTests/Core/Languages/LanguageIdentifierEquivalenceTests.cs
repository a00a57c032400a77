using ChatBot.Core.Languages;

namespace ChatBot.UnitTests.Languages;

/// <summary>
/// The identifier against the way it decided before its scan was tuned: word forms from lower-cased strings, letters
/// searched in the lower-cased question, the script letters listed before they were counted.
/// </summary>
public sealed class LanguageIdentifierEquivalenceTests
{
    private static readonly LanguageProfiles Profiles = LanguageProfiles.Default;

    [Fact]
    public void Identify_NamesTheSameLanguageAsBefore_OnLabelledAndGeneratedQuestions()
    {
        var identifier = LanguageIdentifier.Default;
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.tsv"))
            .Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.heldout.tsv")))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2)[1])
            .ToList();
        questions.AddRange(Generated(questions, 30_000));

        // Right at the script identifier's threshold of two letters, and one below it.
        questions.AddRange(["한국", "한", "あい", "中文", "中", "я ж", "жя?", "Who is 한국?", "Is 中文 BBC?", "ا ب", "αβ", "Ωx"]);
        var named = 0;
        foreach (var question in questions)
        {
            var expected = Reference(question)?.Code;
            Assert.True(expected == identifier.Identify(question)?.Code, question);
            named += expected is null ? 0 : 1;
        }

        Assert.True(named > 3_000, $"only {named} questions named a language");
    }

    /// <summary>Two letters of another script are enough for the script identifier (the reference above defers to it there).</summary>
    [Theory]
    [InlineData("한국", "ko")]
    [InlineData("한", null)]
    public void Identify_NamesTheScript_FromTwoLettersOn(string question, string? code) =>
        Assert.Equal(code, LanguageIdentifier.Default.Identify(question)?.Code);

    /// <summary>Words of the labelled questions shuffled together, with capitals, joiners and single letters of other scripts.</summary>
    private static IEnumerable<string> Generated(List<string> questions, int count)
    {
        var words = questions.SelectMany(q => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] extras = ["Ñ", "ß", "Å", "\u212B", "İ", "я", "ж", "あ", "中", "한", "ا", "-", "'", "’", "?", ".", "1999", "NASA"];
        var random = new Random(16);
        for (var q = 0; q < count; q++)
        {
            yield return string.Join(random.Next(5) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => random.Next(4) == 0 ? extras[random.Next(extras.Length)] : words[random.Next(words.Length)])
                .Select(w => random.Next(5) == 0 ? w.ToUpperInvariant() : w));
        }
    }

    private static DetectedLanguage? Reference(string question)
    {
        var tokens = QuestionTokens.Split(question);
        var latin = tokens.Where(t => t.Script == WritingScript.Latin).ToList();
        var languages = Profiles.Languages.Where(l => l.Script == WritingScript.Latin).ToArray();
        var lower = question.ToLowerInvariant();
        var forms = latin.Where(t => t.Eligible).Select(t => t.Forms().ToArray()).ToList();
        var scores = languages.Select(l => forms.Count(f => f.Any(l.Words.Contains)) + Math.Min(2, l.Letters.Distinct().Count(lower.Contains))).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        var second = scores.Where((_, l) => l != best).DefaultIfEmpty(int.MinValue).Max();
        if (languages[best].Code != "en" && scores[best] >= 2 && scores[best] - second >= 1)
        {
            return new DetectedLanguage(languages[best].Code, languages[best].Name, languages[best].Script);
        }

        if (scores[Array.FindIndex(languages, l => l.Code == "en")] >= 2)
        {
            return null;
        }

        // Past the Latin scores the identifier's code is unchanged: a question with two letters of another script goes on to
        // it, and whatever it names there is of that script (a Latin-script answer here would be a wrong Latin decision).
        var letters = question.Where(WritingScripts.IsWordCharacter).Select(WritingScripts.Of).Count(s => s is not WritingScript.Other and not WritingScript.Latin);
        var byScript = letters < 2 ? null : LanguageIdentifier.Default.Identify(question);
        return byScript is { Script: WritingScript.Latin } ? new DetectedLanguage("latin?", "", WritingScript.Latin) : byScript;
    }
}
