using System.Buffers;
using System.Globalization;
using ChatBot.Core.Text;

namespace ChatBot.Core.Questions;

/// <summary>
/// Exact stand-ins for the name patterns of <see cref="PersonNames"/> and <see cref="PlaceNames"/> on plain text (every
/// character below U+0100), where <c>\b</c>, <c>\s</c>, <c>\p{Lu}</c> and <c>\p{Ll}</c> are read as the patterns read them
/// (<see cref="RegexWordChars"/>, <see cref="char.IsWhiteSpace(char)"/>, the character's category); the patterns' ’ is
/// above U+00FF and so absent there. Each walks the starts a match could have, in order, as the regex's enumeration does.
/// </summary>
internal static class NameScans
{
    private static readonly SearchValues<string> Prepositions = SearchValues.Create(["in", "at", "from", "to", "near"], StringComparison.Ordinal);

    private static readonly string[] Titles = ["President", "Prime Minister", "Minister", "leader", "Dr", "Mr", "Mrs", "Ms", "Chairman"];

    private static readonly SearchValues<string> TitleStarts = SearchValues.Create(["President", "Prime Minister", "Minister", "leader", "Dr", "Mr", "Ms", "Chairman"], StringComparison.Ordinal);

    /// <summary>The upper-case letters below U+0100 (<c>\p{Lu}</c> there).</summary>
    private static readonly SearchValues<char> Capitals = SearchValues.Create(
        [.. Enumerable.Range(0, 0x100).Select(c => (char)c).Where(c => char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter)]);

    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\0', '\u00FF');

    /// <summary>
    /// Whether <c>\b(in|at|from|to|near)\s+(the\s+)?(?&lt;name&gt;\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*)</c> matches with a name
    /// whose first word (up to its first space) <paramref name="excluded"/> does not hold.
    /// </summary>
    public static bool HasPlaceAfterPreposition(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> excluded)
    {
        // A match cannot start inside another (its words after the preposition start with capitals), so every start counts.
        for (var at = Next(text, 0, Prepositions); at >= 0; at = Next(text, at + 1, Prepositions))
        {
            if (at > 0 && RegexWordChars.IsWordChar(text[at - 1]))
            {
                continue;
            }

            var after = at + text[at] switch { 'f' or 'n' => 4, _ => 2 };
            var name = Spaces(text, after);
            if (name == after)
            {
                continue;
            }

            if (text[name..].StartsWith("the") && Spaces(text, name + 3) is var past && past > name + 3)
            {
                name = past;
            }

            var end = CapitalisedWord(text, name);
            if (end < 0)
            {
                continue;
            }

            // The first word runs on through hyphens joining capitalised words.
            while (end < text.Length && text[end] == '-' && CapitalisedWord(text, end + 1) is var next && next > 0)
            {
                end = next;
            }

            if (!excluded.Contains(text[name..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>\b(President|Prime Minister|Minister|leader|Dr|Mr|Mrs|Ms|Chairman),?\s+\p{Lu}\p{Ll}+</c> matches (the name's tail may be empty).</summary>
    public static bool HasTitledName(ReadOnlySpan<char> text)
    {
        for (var at = Next(text, 0, TitleStarts); at >= 0; at = Next(text, at + 1, TitleStarts))
        {
            if (at > 0 && RegexWordChars.IsWordChar(text[at - 1]))
            {
                continue;
            }

            foreach (var title in Titles)
            {
                if (!text[at..].StartsWith(title))
                {
                    continue;
                }

                var after = at + title.Length;
                after += after < text.Length && text[after] == ',' ? 1 : 0;
                var name = Spaces(text, after);
                if (name > after && CapitalisedWord(text, name) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a match of <c>\b\p{Lu}[\p{Ll}’']+(?:[ -]\p{Lu}[\p{Ll}’'\-]*)+</c>, split at spaces and hyphens, holds two
    /// words or more that <paramref name="excluded"/> does not; the matches are read left to right, each from the end of the last.
    /// </summary>
    public static bool HasCapitalisedRun(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> excluded)
    {
        var at = Next(text, 0, Capitals);
        while (at >= 0)
        {
            var end = RunEnd(text, at);
            if (end < 0)
            {
                at = Next(text, at + 1, Capitals);
                continue;
            }

            var words = 0;
            foreach (var range in text[at..end].SplitAny(' ', '-'))
            {
                var word = text[at..end][range];
                words += word.Length > 0 && !excluded.Contains(word) ? 1 : 0;
            }

            if (words >= 2)
            {
                return true;
            }

            at = Next(text, end, Capitals);
        }

        return false;
    }

    /// <summary>Where the capitalised run matched at <paramref name="at"/> (a capital) ends; -1 when none starts there.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && RegexWordChars.IsWordChar(text[at - 1]))
        {
            return -1;
        }

        var end = Skip(text, at + 1, apostrophes: true, hyphens: false);
        if (end == at + 1)
        {
            return -1;
        }

        var iterations = 0;
        while (end + 1 < text.Length && text[end] is ' ' or '-' && IsUpper(text[end + 1]))
        {
            end = Skip(text, end + 2, apostrophes: true, hyphens: true);
            iterations++;
        }

        return iterations > 0 ? end : -1;
    }

    /// <summary>Past the lower-case letters (and apostrophes, hyphens when asked) from <paramref name="at"/>.</summary>
    private static int Skip(ReadOnlySpan<char> text, int at, bool apostrophes, bool hyphens)
    {
        while (at < text.Length && (IsLower(text[at]) || (apostrophes && text[at] == '\'') || (hyphens && text[at] == '-')))
        {
            at++;
        }

        return at;
    }

    /// <summary>The end of <c>\p{Lu}\p{Ll}+</c> (lower-case letters taken greedily) at <paramref name="at"/>; -1 when it does not match there.</summary>
    private static int CapitalisedWord(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || !IsUpper(text[at]) || !IsLower(text[at + 1]))
        {
            return -1;
        }

        return Skip(text, at + 2, apostrophes: false, hyphens: false);
    }

    private static int Spaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int Next(ReadOnlySpan<char> text, int from, SearchValues<string> values)
    {
        var offset = from < text.Length ? text[from..].IndexOfAny(values) : -1;
        return offset < 0 ? -1 : from + offset;
    }

    private static int Next(ReadOnlySpan<char> text, int from, SearchValues<char> values)
    {
        var offset = from < text.Length ? text[from..].IndexOfAny(values) : -1;
        return offset < 0 ? -1 : from + offset;
    }

    private static bool IsUpper(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;

    private static bool IsLower(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;
}
