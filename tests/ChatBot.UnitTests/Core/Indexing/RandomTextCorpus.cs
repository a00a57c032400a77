using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// Seeded articles of awkward text: diacritics and full-width letters, ligatures that fold to two letters, surrogate
/// pairs, apostrophes and hyphens of every kind, dotted acronyms, decimal and grouped numbers, dates, lexicon phrases.
/// </summary>
internal static class RandomTextCorpus
{
    private static readonly string[] Words =
    [
        "Tōkyō", "TOKYO", "Ｆｕｌｌ", "ﬁnance", "Straße", "İstanbul", "naïve", "Ǆemal", "𝔘nicode", "😀", "Ωmega", "Привет",
        "東京", "don't", "Jong-il", "Kim’s", "Megumi's", "rock ’n’ roll", "U.S.", "D.P.R.K.", "p.61", "10,000", "90.1",
        "1970s", "the 80s", "May 3, 2002", "in 1978", "since 1977", "late last year", "March 2004", "north korea",
        "North Koreans", "abductions", "abducted", "because", "(Hughes, 2002, p.61)", "R. S. Smith", "Dr. Watson",
        "Prime Minister Koizumi", "Pyongyang", "Japan", "five hundred", "12%", "three", "and", "the", "of", "normalise",
        "programme", "per cent", "UNISCI", "DPRK", "x", "a–b", "well‐known", "co-operation", "O'Neil", "`quoted´",
        "naïveté", "Ａ.Ｂ.", "2014-2016", "2002-09-17", "fiancé", "ＮＨＫ", "ǅ", "ß", "ﬀ", "Å", "ǈ",
    ];

    private static readonly string[] Stops = [". ", "! ", "? ", ", ", "; ", " ", " ", " ", " — ", "… ", ".\" ", ") "];

    public static IReadOnlyList<Article> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Article(i, random))];
    }

    public static string Text(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            text.Append(random.Next(6) == 0 ? RandomWord(random) : Words[random.Next(Words.Length)]);
            text.Append(w % 9 == 8 ? ". " : Stops[random.Next(Stops.Length)]);
            if (random.Next(11) == 0)
            {
                text.Append(char.ToUpperInvariant(Words[random.Next(Words.Length)][0]));
            }
        }

        return text.ToString();
    }

    private static Article Article(int number, Random random)
    {
        var blocks = new List<ArticleBlock>();
        for (var p = 0; p < random.Next(2, 7); p++)
        {
            if (random.Next(3) == 0)
            {
                blocks.Add(new ArticleBlock(BlockKind.Heading, Text(random, random.Next(1, 5)).Trim()));
            }

            blocks.Add(new ArticleBlock(BlockKind.Paragraph, Text(random, random.Next(5, 160)).Trim()));
        }

        var metadata = new ArticleMetadata
        {
            Title = Text(random, random.Next(1, 8)).Trim(),
            Published = random.Next(3) == 0 ? null : new PartialDate(random.Next(1990, 2026), random.Next(1, 13), random.Next(1, 29)),
            Language = "en",
        };
        return ArticleAssembler.Assemble($"random-{number:D3}", metadata, blocks);
    }

    private static string RandomWord(Random random)
    {
        var word = new StringBuilder();
        for (var c = 0; c < random.Next(1, 12); c++)
        {
            word.Append(random.Next(5) switch
            {
                0 => (char)random.Next(0x00C0, 0x0250),
                1 => (char)random.Next(0x0300, 0x0370),
                2 => (char)random.Next(0x0390, 0x0450),
                3 => "'’-.,0123456789"[random.Next(15)],
                _ => (char)random.Next('a', 'z' + 1),
            });
        }

        return word.ToString();
    }
}
