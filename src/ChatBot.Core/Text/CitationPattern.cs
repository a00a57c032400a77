using System.Text.RegularExpressions;

namespace ChatBot.Core.Text;

/// <summary>An in-text academic citation such as "(Hughes, 2002, p.61)" or "(Boynton, 2015)".</summary>
public static partial class CitationPattern
{
    public static Regex Regex => Pattern();

    [GeneratedRegex(@"\((?=[^()]*\p{Lu})[^()]*\b(1[89]|20)\d{2}[a-z]?(,\s*pp?\.\s*[\d–\-]+)?\)")]
    private static partial Regex Pattern();
}
