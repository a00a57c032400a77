using System.Runtime.CompilerServices;

namespace ChatBot.Core.Text;

/// <summary>
/// Finds sentence boundaries in a paragraph without losing offsets. A full stop ends a sentence only when
/// whitespace and a capital, digit or opening quote follow, and the word before it is not an abbreviation
/// ("Dr.", "p.61", "no. 32"), an initial ("R. S."), a day number before a month ("3. May") or part of a
/// number ("90.1"). Closing quotes and brackets after the stop stay with the sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "hon", "gen", "gov", "sen", "rep", "lt", "col",
        "capt", "sgt", "maj", "cmdr", "adm", "pres", "amb", "no", "nos", "vol", "vols", "pp", "p", "ch", "fig",
        "figs", "ed", "eds", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "approx", "est", "ca",
        "cf", "vs", "al", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
        "ft", "op", "art", "sec", "para",
    };

    private static readonly HashSet<string> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    };

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But",
        "However", "A", "An", "Its", "His", "Her", "Their", "There", "After", "Before", "When", "While", "Since",
    };

    public static List<TextSpan> Split(string text) => Split(text, 0, text.Length);

    public static List<TextSpan> Split(string text, int start, int end) => Split(text.AsSpan(), start, end);

    /// <summary>The same on characters that need not be a string (the index build reads narrow article text widened into a reused buffer).</summary>
    // Optimized at once, like the build's other per-article methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<TextSpan> Split(ReadOnlySpan<char> text, int start, int end)
    {
        var sentences = new List<TextSpan>();
        var sentenceStart = SkipWhitespace(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var afterPunctuation = SkipClosers(text, SkipTerminals(text, i, end), end);
            var next = SkipWhitespace(text, afterPunctuation, end);
            if (next == end || (next > afterPunctuation && StartsSentence(text, next, end) && !IsFalseStop(text, i, next, end)))
            {
                AddSentence(text, sentenceStart, afterPunctuation, sentences);
                sentenceStart = next;
            }

            i = Math.Max(afterPunctuation, i + 1);
        }

        AddSentence(text, sentenceStart, end, sentences);
        return sentences;
    }

    private static void AddSentence(ReadOnlySpan<char> text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '‘' or '“' or '(' or '[' or '«';

    private static int SkipTerminals(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && IsTerminal(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipClosers(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && IsCloser(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && IsOpener(text[i]))
        {
            i++;
        }

        return i < end && (char.IsUpper(text[i]) || char.IsDigit(text[i]));
    }

    /// <summary>A full stop that does not end the sentence: abbreviations, initials, "3. May".</summary>
    private static bool IsFalseStop(ReadOnlySpan<char> text, int stop, int next, int end)
    {
        if (text[stop] != '.')
        {
            return false;
        }

        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.Slice(wordStart, stop - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        var nextWord = ReadWord(text, next, end);
        if (word.Contains('.'))
        {
            // A dotted acronym such as "U.S." ends a sentence only before a typical sentence opener.
            return !SentenceStarters.Contains(nextWord);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (IsDayNumber(word) && MonthNames.Contains(nextWord))
        {
            return true;
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) && !(word.Equals("no", StringComparison.OrdinalIgnoreCase) && !char.IsDigit(FirstChar(nextWord)));
    }

    private static bool IsDayNumber(ReadOnlySpan<char> word) =>
        word.Length <= 2 && int.TryParse(word, out var day) && day is >= 1 and <= 31;

    private static char FirstChar(string word) => word.Length > 0 ? word[0] : ' ';

    private static string ReadWord(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && IsOpener(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return text[start..i].ToString();
    }
}
