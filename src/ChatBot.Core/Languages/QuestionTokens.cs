using ChatBot.Core.Text;

namespace ChatBot.Core.Languages;

/// <summary>
/// Splits a question into words for language identification: runs of letters (with apostrophes and hyphens inside a
/// word), numbers as name-like words. Han and Kana have no spaces, so each of their runs is one word.
/// </summary>
internal static class QuestionTokens
{
    public static List<QuestionToken> Split(string text)
    {
        var tokens = new List<QuestionToken>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!WritingScripts.IsWordCharacter(c) && !char.IsDigit(c))
            {
                sentenceStart |= c is '.' or '?' or '!' or '¿' or '¡' or ':' or ';' or '。' or '？' or '！';
                i++;
                continue;
            }

            var start = i;
            var group = Group(c);
            while (i < text.Length && (WritingScripts.IsWordCharacter(text[i]) || char.IsDigit(text[i]) || IsJoiner(text, i)) && (Group(text[i]) == group || IsJoiner(text, i)))
            {
                i++;
            }

            var word = text[start..i].Replace('’', '\'').Replace('‘', '\'').Replace('ʼ', '\'');
            tokens.Add(Token(word, sentenceStart));
            sentenceStart = false;
        }

        return tokens;
    }

    // Plain loops rather than LINQ: a question makes a token per word, and each LINQ chain cost an iterator or two.
    private static QuestionToken Token(string word, bool sentenceStart)
    {
        var script = WritingScript.Other;
        foreach (var c in word)
        {
            script = WritingScripts.Of(c);
            if (script != WritingScript.Other)
            {
                break;
            }
        }

        var capitalised = char.IsUpper(word[0]);
        var acronym = word.Length > 1 && LettersAreUpperCase(word);
        var number = char.IsDigit(word[0]);
        return new QuestionToken(word, script, !capitalised || sentenceStart, capitalised || acronym || number);
    }

    private static bool LettersAreUpperCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a word ends because the script changes ("2002年" is "2002" and "年"); Han and Kana mix in Japanese words.</summary>
    private static WritingScript Group(char c) => WritingScripts.Of(c) switch
    {
        WritingScript.Kana => WritingScript.Han,
        WritingScript.Other => char.IsDigit(c) ? WritingScript.Latin : WritingScript.Other,
        var script => script,
    };

    /// <summary>An apostrophe or hyphen between two word characters ("qu'est", "Jae-in") belongs to the word.</summary>
    private static bool IsJoiner(string text, int i) =>
        (TextFolding.IsApostrophe(text[i]) || TextFolding.IsHyphen(text[i]))
        && i > 0 && i + 1 < text.Length && WritingScripts.IsWordCharacter(text[i - 1]) && WritingScripts.IsWordCharacter(text[i + 1]);
}
