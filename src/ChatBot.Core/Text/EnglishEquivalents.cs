namespace ChatBot.Core.Text;

/// <summary>
/// Equivalences of the English language itself, whatever the subject: number words and digits, decades, British
/// and American spellings. Every corpus gets them; a corpus's own lexicon file (its subject's names and synonyms)
/// comes on top.
/// </summary>
internal static class EnglishEquivalents
{
    public static readonly string[] Groups =
    [
        "normalisation | normalization | normalise | normalize",
        "programme | program",
        "percent | per cent | percentage",
        "1970s | seventies | 70s",
        "1980s | eighties | 80s",
        "1950s | fifties | 50s",
        "zero | 0",
        "one | 1",
        "two | 2",
        "three | 3",
        "four | 4",
        "five | 5",
        "six | 6",
        "seven | 7",
        "eight | 8",
        "nine | 9",
        "ten | 10",
        "eleven | 11",
        "twelve | 12",
        "thirteen | 13",
        "fourteen | 14",
        "fifteen | 15",
        "sixteen | 16",
        "seventeen | 17",
        "eighteen | 18",
        "nineteen | 19",
        "twenty | 20",
        "hundred | 100",
        "five hundred | 500",
        "thousand | 1000",
    ];
}
