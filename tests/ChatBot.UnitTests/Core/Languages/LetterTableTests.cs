using System.Text;
using ChatBot.Core.Languages;

namespace ChatBot.UnitTests.Languages;

public sealed class LetterTableTests
{
    [Fact]
    public void Mark_FindsForEveryCharacter_ExactlyTheLettersTheLowerCasedTextContains()
    {
        var letters = LanguageProfiles.Default.Languages.Where(l => l.Script == WritingScript.Latin).SelectMany(l => l.Letters).Distinct().ToArray();
        var table = new LetterTable(letters);
        var seen = new bool[table.Count];
        var texts = Enumerable.Range(0, char.MaxValue + 1).Select(c => $"a{(char)c}b")
            .Concat(["\U00010400\U00010428 Ñ", "\uD801 ß \uDC00", "𝐀𝐁 Å\u212B", "ǅ ǈ ǋ ǲ ΐ ẞ İ"]);
        var found = 0;
        foreach (var text in texts)
        {
            table.Mark(text, seen);
            var lower = text.ToLowerInvariant();
            Assert.True(letters.Select(l => lower.Contains(l)).SequenceEqual(seen), $"U+{(int)text[1]:X4} in {Escape(text)}");
            found += seen.Any(s => s) ? 1 : 0;
        }

        Assert.True(found > 2 * letters.Length - 20, $"only {found} texts with a typical letter");
    }

    private static string Escape(string text) =>
        new StringBuilder().AppendJoin(' ', text.Select(c => $"U+{(int)c:X4}")).ToString();
}
