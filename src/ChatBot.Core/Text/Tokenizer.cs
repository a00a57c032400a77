namespace ChatBot.Core.Text;

/// <summary>
/// Splits text into words with their character offsets. Hyphens separate words ("Jong-il" → "jong", "il");
/// possessive 's is dropped; other inner apostrophes join ("don't" → "dont"); digits keep inner
/// decimal points and thousands commas ("90.1", "10,000" → "10000"); dotted acronyms join ("U.S." → "us").
/// </summary>
public static class Tokenizer
{
    public static List<RawToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<RawToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<RawToken>();
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<RawToken> output)
    {
        var word = new WordBuffer();
        var i = start;
        while (Next(text, ref i, end, word, out var tokenStart, out var length))
        {
            output.Add(new RawToken(word.ToString(), tokenStart, length));
        }
    }

    /// <summary>
    /// Reads the next word at or after <paramref name="i"/> into <paramref name="word"/> (folded) and moves
    /// <paramref name="i"/> past it; false when no word is left before <paramref name="end"/>.
    /// </summary>
    internal static bool Next(ReadOnlySpan<char> text, ref int i, int end, WordBuffer word, out int tokenStart, out int length)
    {
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            tokenStart = i;
            word.Clear();
            i = TryReadDottedAcronym(text, i, end, word) ?? ReadWord(text, i, end, word);
            if (word.Length > 0)
            {
                length = TrimmedLength(text, tokenStart, i);
                return true;
            }
        }

        tokenStart = i;
        length = 0;
        return false;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int i, int end, WordBuffer word)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                TextFolding.AppendFolded(word, c);
                i++;
            }
            else if (c is '.' or ',' && IsDigitAt(text, i - 1, end) && IsDigitAt(text, i + 1, end))
            {
                if (c == '.')
                {
                    word.Append('.');
                }

                i++;
            }
            else if (TextFolding.IsApostrophe(c) && IsLetterAt(text, i - 1, end) && IsLetterAt(text, i + 1, end))
            {
                if (IsPossessiveS(text, i, end))
                {
                    return i + 2;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsPossessiveS(ReadOnlySpan<char> text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && !IsLetterAt(text, apostrophe + 2, end);

    /// <summary>"U.S." and "D.P.R.K." are one word each; "p.61" and "R. S." are not acronyms.</summary>
    private static int? TryReadDottedAcronym(ReadOnlySpan<char> text, int i, int end, WordBuffer word)
    {
        var letters = 0;
        var j = i;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && !IsLetterAt(text, j - 1, end))
        {
            letters++;
            j += 2;
            if (j >= end || !char.IsLetter(text[j]))
            {
                break;
            }
        }

        if (letters < 2)
        {
            return null;
        }

        for (var k = i; k < j; k += 2)
        {
            TextFolding.AppendFolded(word, text[k]);
        }

        return j;
    }

    private static int TrimmedLength(ReadOnlySpan<char> text, int start, int end)
    {
        var length = end - start;
        while (length > 0 && !char.IsLetterOrDigit(text[start + length - 1]))
        {
            length--;
        }

        return length;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> text, int index, int end) => index >= 0 && index < end && char.IsAsciiDigit(text[index]);

    private static bool IsLetterAt(ReadOnlySpan<char> text, int index, int end) => index >= 0 && index < end && char.IsLetter(text[index]);
}
