using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Questions;

/// <summary>
/// Finds a place in a sentence: a known country, city or region, or a capitalised name after "in", "at", "from",
/// "to" or "near" that is not a month, weekday or title.
/// </summary>
public static partial class PlaceNames
{
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "President",
        "Prime", "Minister", "Kim", "The", "A", "An", "His", "Her", "Their", "Its", "This", "That", "Abe", "Moon",
        "Koizumi", "Kishida", "Trump", "Choi",
    };

    /// <summary>Only the countries, cities and regions of the known list (no guesses from prepositions).</summary>
    public static IEnumerable<string> FindKnown(string text) => Known().Matches(text).Select(m => m.Value);

    /// <summary>Places named after a locative preposition ("held in Pyongyang", "a source in Pyongyang"): where something is or happened.</summary>
    /// <summary>The known places' names, found at vector speed before the regex runs.</summary>
    private static readonly SearchValues<string> KnownCues = SearchValues.Create(
        ["Korea", "Japan", "Pyongyang", "Tokyo", "Seoul", "Beijing", "China", "Russia", "United States", "U.S.", "Niigata", "Sado", "Hokkaido", "Okinawa", "Osaka", "Kyoto", "Singapore", "Hanoi", "Panmunjom", "Washington", "Europe", "Asia"],
        StringComparison.Ordinal);

    public static IEnumerable<string> AfterPreposition(string text)
    {
        foreach (Match after in AfterPreposition().Matches(text))
        {
            var name = after.Groups["name"].Value;
            if (!NotPlaces.Contains(name.Split(' ')[0]))
            {
                yield return name;
            }
        }
    }

    /// <summary>Whether <see cref="Find"/> would find a place, without making the strings (sentence features at index build).</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(KnownCues) >= 0 && Known().IsMatch(text))
        {
            return true;
        }

        var notPlaces = NotPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        return NameScans.IsPlain(text) ? NameScans.HasPlaceAfterPreposition(text, notPlaces) : HasPlaceByPattern(text);
    }

    /// <summary>What <see cref="Contains"/> decides, by the patterns alone (the scans must agree with it).</summary>
    internal static bool ContainsByPatterns(ReadOnlySpan<char> text) => Known().IsMatch(text) || HasPlaceByPattern(text);

    /// <summary>What <see cref="Contains"/> decides after the known places by the pattern itself: the only way for text above U+00FF.</summary>
    private static bool HasPlaceByPattern(ReadOnlySpan<char> text)
    {
        var notPlaces = NotPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var after in AfterPreposition().EnumerateMatches(text))
        {
            // The name is the match's tail from its first capital: the preposition and "the" before it are lower case.
            var match = text.Slice(after.Index, after.Length);
            var name = match[FirstCapital(match)..];
            var space = name.IndexOf(' ');
            if (!notPlaces.Contains(space < 0 ? name : name[..space]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstCapital(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (char.GetUnicodeCategory(text[i]) != System.Globalization.UnicodeCategory.UppercaseLetter)
        {
            i++;
        }

        return i;
    }

    public static IEnumerable<string> Find(string text)
    {
        if (text.IndexOfAny(KnownCues) >= 0)
        {
            foreach (Match known in Known().Matches(text))
            {
                yield return known.Value;
            }
        }

        foreach (Match after in AfterPreposition().Matches(text))
        {
            var name = after.Groups["name"].Value;
            if (!NotPlaces.Contains(name.Split(' ')[0]))
            {
                yield return name;
            }
        }
    }

    [GeneratedRegex(@"\b(North Korea|South Korea|Korea|Japan|Pyongyang|Tokyo|Seoul|Beijing|China|Russia|United States|the U\.S\.|Niigata|Sado|Hokkaido|Okinawa|Osaka|Kyoto|Singapore|Hanoi|Panmunjom|Washington|Europe|Asia)\b")]
    private static partial Regex Known();

    [GeneratedRegex(@"\b(in|at|from|to|near)\s+(the\s+)?(?<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*)")]
    private static partial Regex AfterPreposition();
}
