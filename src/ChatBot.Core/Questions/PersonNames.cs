using System.Text.RegularExpressions;

namespace ChatBot.Core.Questions;

/// <summary>
/// Finds a person's name in a sentence: two or more capitalised words in a row ("Junichiro Koizumi",
/// "Moon Jae-in") that are not a place, nationality, institution or month ("North Korea", "Prime Minister",
/// "Korean War"), or a title followed by a name ("President Moon").
/// </summary>
public static partial class PersonNames
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Korea", "Korean", "Koreans", "Japan", "Japanese", "United", "States",
        "Kingdom", "China", "Chinese", "Russia", "America", "American", "Prime", "Minister", "Ministry", "Foreign",
        "Affairs", "President", "Government", "War", "Summit", "Cold", "World", "Peninsula", "Party", "Workers",
        "Republic", "Democratic", "People", "People's", "The", "In", "On", "At", "By", "For", "Of", "And", "But",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Asia", "Asia-Pacific", "Pacific", "Centre", "Center", "University", "News",
        "Review", "Abduction", "Issue", "Available", "Accessed", "Japan-North", "Kim-Jong", "Diet", "Tokyo",
        "Seoul", "Pyongyang", "Beijing", "Washington", "Association", "Families", "Victims", "Committee",
    };

    /// <summary>Whether <see cref="Find"/> would find a name, without making the strings (sentence features at index build).</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        var notNames = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (NameScans.IsPlain(text))
        {
            return NameScans.HasTitledName(text) || NameScans.HasCapitalisedRun(text, notNames);
        }

        return ContainsByPatterns(text);
    }

    /// <summary>What <see cref="Contains"/> decides by the patterns themselves: the only way for text above U+00FF.</summary>
    internal static bool ContainsByPatterns(ReadOnlySpan<char> text)
    {
        if (Titled().IsMatch(text))
        {
            return true;
        }

        var notNames = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var run in CapitalisedRun().EnumerateMatches(text))
        {
            var words = 0;
            foreach (var range in text.Slice(run.Index, run.Length).SplitAny(' ', '-'))
            {
                var word = text.Slice(run.Index, run.Length)[range];
                words += word.Length > 0 && !notNames.Contains(word) ? 1 : 0;
            }

            if (words >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names in the text (titled names yield the name after the title).</summary>
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match titled in Titled().Matches(text))
        {
            yield return titled.Groups["name"].Value;
        }

        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split(' ', '-').Where(w => w.Length > 0 && !NotNames.Contains(w)).ToList();
            if (words.Count >= 2)
            {
                yield return string.Join(' ', words);
            }
        }
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}’']+(?:[ -]\p{Lu}[\p{Ll}’'\-]*)+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(President|Prime Minister|Minister|leader|Dr|Mr|Mrs|Ms|Chairman),?\s+(?<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}\-]+)*)")]
    private static partial Regex Titled();
}
