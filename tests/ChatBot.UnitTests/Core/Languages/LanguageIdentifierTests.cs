using ChatBot.Core.Languages;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Languages;

public sealed class LanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    /// <summary>Codes that name only the script: right, if vaguer, for any language written in it.</summary>
    private static readonly Dictionary<string, string[]> ScriptCodes = new()
    {
        ["zh-ja"] = ["zh", "ja"],
        ["und-Cyrl"] = ["ru", "uk"],
        ["und-Arab"] = ["ar", "fa", "ur"],
    };

    [Theory]
    [InlineData("language-questions.tsv")]
    [InlineData("language-questions.heldout.tsv")]
    public void OnTheLabelledQuestions_ItNamesTheLanguage_AndNeverPutsANoteOnAnEnglishQuestion(string file)
    {
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (Label: parts[0], Text: parts[1], Detected: Identifier.Identify(parts[1])?.Code))
            .ToList();
        var english = questions.Where(q => q.Label == "en").ToList();
        var other = questions.Where(q => q.Label != "en").ToList();
        var exact = other.Count(q => q.Detected == q.Label);
        var scriptOnly = other.Count(q => q.Detected is { } code && ScriptCodes.TryGetValue(code, out var covered) && covered.Contains(q.Label));
        var silent = other.Count(q => q.Detected is null);
        var falseNotes = english.Count(q => q.Detected is not null);
        foreach (var (label, text, detected) in questions.Where(q => q.Detected != (q.Label == "en" ? null : q.Label)))
        {
            output.WriteLine($"{label} → {detected ?? "(none)"}: {text}");
        }

        output.WriteLine($"{other.Count} questions in {other.Select(q => q.Label).Distinct().Count()} other languages: {exact} named exactly ({(double)exact / other.Count:P1}), "
            + $"{scriptOnly} by script only ({(double)scriptOnly / other.Count:P1}), {silent} taken for English ({(double)silent / other.Count:P1}), "
            + $"{other.Count - exact - scriptOnly - silent} named wrongly; {english.Count} English questions: {falseNotes} given a note ({(double)falseNotes / english.Count:P1})");
        Assert.Equal(0, falseNotes);
        Assert.Equal(0, other.Count - exact - scriptOnly - silent);
        Assert.True(exact >= 0.9 * other.Count, $"named exactly: {exact} of {other.Count}");
        Assert.True(exact + scriptOnly >= 0.95 * other.Count, $"named or its script named: {exact + scriptOnly} of {other.Count}");
    }

    [Theory]
    [InlineData("Bonjour")]
    [InlineData("Kim Jong Un")]
    [InlineData("Abe in Pyongyang")]
    [InlineData("Koizumi et Kim")]
    [InlineData("Megumi?")]
    [InlineData("2002")]
    [InlineData("Who was 横田めぐみ?")]
    [InlineData("拉")]
    public void ShortOrAmbiguousText_IsNotAttributed(string question) =>
        Assert.Null(Identifier.Identify(question));

    [Theory]
    [InlineData("Qui est Hitomi Soga ?", "fr", "Hitomi Soga")]
    [InlineData("Wann kehrte Hitomi Soga nach Japan zurück?", "de", "Hitomi Soga Japan")]
    [InlineData("拉致被害者 Megumi Yokota", "zh-ja", "Megumi Yokota")]
    [InlineData("Хитоми Сога Hitomi Soga", "und-Cyrl", "Hitomi Soga")]
    [InlineData("2002年の日朝首脳会談で何があったのですか", "ja", "2002")]
    public void NamesIn_KeepsWhatEnglishArticlesCanMatch(string question, string code, string names)
    {
        var language = Identifier.Identify(question);

        Assert.Equal(code, language?.Code);
        Assert.Equal(names, Identifier.NamesIn(question, language!));
    }

    [Theory]
    [InlineData("{}", "the language profiles are malformed")]
    [InlineData("""{"scripts": [], "languages": [{"code": "xx", "name": "X", "script": "Klingon"}]}""", "\"Klingon\" is not a script")]
    public void AMalformedProfileFile_IsRefusedWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfiles.Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
