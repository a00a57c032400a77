namespace ChatBot.Core.Languages;

/// <summary>
/// A word of a question as the language identifier sees it. <see cref="Eligible"/>: it may be a function word (lower
/// case, or first in its sentence), so "Un" in "Kim Jong Un" or "Il" in "Kim Jong Il" count for no language.
/// <see cref="NameLike"/>: capitalised, an acronym or a number — what can be matched in articles of any language.
/// </summary>
internal readonly record struct QuestionToken(string Text, WritingScript Script, bool Eligible, bool NameLike)
{
    /// <summary>The forms looked up in word lists: the word; for "qu'est-ce" also "qu'", "est" and "ce".</summary>
    public IEnumerable<string> Forms()
    {
        var lower = Text.ToLowerInvariant();
        yield return lower;
        if (lower.IndexOfAny(['\'', '-']) < 0)
        {
            yield break;
        }

        var start = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i == lower.Length || lower[i] is '\'' or '-')
            {
                if (i > start)
                {
                    yield return i < lower.Length && lower[i] == '\'' ? lower[start..(i + 1)] : lower[start..i];
                }

                start = i + 1;
            }
        }
    }
}
