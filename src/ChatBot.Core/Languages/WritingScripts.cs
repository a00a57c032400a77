namespace ChatBot.Core.Languages;

/// <summary>Which script a character belongs to, by Unicode block (the blocks questions are written in).</summary>
internal static class WritingScripts
{
    public static WritingScript Of(char c) => c switch
    {
        _ when c < 0x80 => char.IsAsciiLetter(c) ? WritingScript.Latin : WritingScript.Other,
        >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => char.IsLetter(c) ? WritingScript.Latin : WritingScript.Other,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0530' and <= '\u058F' => WritingScript.Armenian,
        >= '\u0590' and <= '\u05FF' => WritingScript.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => WritingScript.Arabic,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        >= '\u0980' and <= '\u09FF' => WritingScript.Bengali,
        >= '\u0B80' and <= '\u0BFF' => WritingScript.Tamil,
        >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
        >= '\u10A0' and <= '\u10FF' => WritingScript.Georgian,
        >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => WritingScript.Kana,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => WritingScript.Han,
        _ => WritingScript.Other,
    };

    /// <summary>A character that carries a language's words: a letter, or a combining mark (Thai and Devanagari vowels).</summary>
    public static bool IsWordCharacter(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
