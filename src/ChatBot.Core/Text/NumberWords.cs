namespace ChatBot.Core.Text;

/// <summary>Recognises counts among index terms: digits, or number words in plain or stemmed form ("twelv", "hundr").</summary>
public static class NumberWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twelv",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenti",
        "thirty", "thirti", "forty", "forti", "fifty", "fifti", "hundred", "hundr", "thousand", "dozen", "million",
    };

    public static bool IsNumber(string term) => term.Length > 0 && (char.IsAsciiDigit(term[0]) || Words.Contains(term));
}
