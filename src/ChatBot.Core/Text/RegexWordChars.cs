namespace ChatBot.Core.Text;

/// <summary>
/// What a regex's <c>\b</c> reads as a word character, for scans that stand in for a pattern and must agree with it.
/// Below U+0100 that is a letter, an ASCII digit or the underscore (<c>\w</c> there holds no other digit, mark or
/// connector); above it the scans do not decide.
/// </summary>
internal static class RegexWordChars
{
    /// <summary>Whether <c>\w</c> matches <paramref name="c"/>, a character below U+0100.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c >= '\u0080' && char.IsLetter(c));

    /// <summary>True when <paramref name="c"/> is surely not a word character (below U+0100 and not one).</summary>
    public static bool IsSurelyNotWord(char c) => c < '\u0100' && !IsWordChar(c);
}
