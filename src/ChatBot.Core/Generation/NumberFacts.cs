using ChatBot.Core.Text;

namespace ChatBot.Core.Generation;

/// <summary>
/// Numbers as the groundedness check compares them: digits, or number words from two up ("one" is too often not a
/// count), and a small number written either way ("eight" and "8") is the same number.
/// </summary>
internal static class NumberFacts
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static bool IsNumber(string folded) => folded != "one" && NumberWords.IsNumber(folded);

    /// <summary>The ways a number may be written: "8" and "eight" for eight.</summary>
    public static IEnumerable<string> Spellings(string folded)
    {
        yield return folded;
        var word = Array.IndexOf(Small, folded);
        if (word >= 0)
        {
            yield return word.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (int.TryParse(folded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < Small.Length)
        {
            yield return Small[n];
        }
    }
}
