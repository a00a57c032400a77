using System.Text;

namespace ChatBot.UnitTests.Timeline;

/// <summary>
/// Seeded sentences dense with the awkward edges of date text: month names in every case and abbreviation (with and
/// without dots, "May" the verb), days with and without ordinals, ISO dates valid and not, years in and out of range,
/// decades and their ranges, year ranges with every dash, "since … in", relative years and months with edges,
/// qualifiers, citations, percentages and quantities after years, numbers in words, reason cues, enumerations, hopes
/// and anchors, and characters that case-fold oddly (Kelvin sign, long s, dotted I, full-width digits).
/// </summary>
internal static class DateTextCorpus
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Jan.", "Feb.", "Mar", "Apr.", "Jun", "Jul.", "Aug", "Sep", "Sep.", "Sept", "Sept.", "Oct.",
        "Nov", "Dec.", "JANUARY", "march", "mAY", "may", "june", "Decem", "Mayo", "Junebug", "Sepτ", "Aprіl",
    ];

    private static readonly string[] Words =
    [
        "the", "of", "in", "on", "from", "between", "to", "and", "through", "until", "till", "–", "-", "—", "since",
        "before", "after", "prior to", "by", "last", "this", "next", "year", "years", "month", "week", "late", "early",
        "earlier", "end of", "the end of", "the beginning of", "beginning of", "mid-", "mid", "percent", "per cent", "%",
        "people", "persons", "km", "miles", "yen", "won", "dollars", "kilometres", "(Hughes, 2002, p.61)",
        "(Boynton 2015a)", "(see 1999)", "(Smith, 1987, pp. 3–9)", "because", "due to", "in order to", "led to", "the reason",
        "so that", "one", "two", "three", "thirteen", "twenty", "hundreds", "dozen", "dozens", "a thousand", "Kim Jong",
        "Lee Ann", "Park Min", "Tokyo", "Seoul", "Pyongyang", "Japan", "hoped", "hopes", "expected", "wanted", "wish",
        "plans to", "aimed to", "intended to", "would like", "unlikely to", "likely to", "anniversary of", "ten years after",
        "two decades on from", "several months since", "5 weeks after", ", who", ", which", ",", ";", ":", ".", "not",
        "never", "n't", "This", "They", "It", "spring", "summer", "autumn", "fall", "winter", "wee\u212A", "ſince",
        "\u212Am", "İn", "ıs", "Ｍay", "year's", "yearly", "monthly", "weekend", "sinced", "1,978", "19.80",
        "3.2002", "2002.5", "0s", "80s", "the 80s", "the '90s", "s", "st", "nd", "rd", "th",
    ];

    public static IEnumerable<string> Sentences(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Sentence(random);
        }
    }

    private static string Sentence(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        var pieces = random.Next(1, 14);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(Piece(random));
            text.Append(random.Next(9) switch
            {
                0 => ", ",
                1 => "",
                2 => "  ",
                3 => "-",
                4 => " and ",
                5 => "; ",
                _ => " ",
            });
        }

        return text.ToString().TrimEnd() + (random.Next(3) == 0 ? "" : ".");
    }

    private static string Piece(Random random) => random.Next(14) switch
    {
        0 or 1 => Months[random.Next(Months.Length)],
        2 => Day(random),
        3 or 4 => Year(random).ToString(System.Globalization.CultureInfo.InvariantCulture),
        5 => $"{Year(random)}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}",
        6 => $"{Year(random) / 10 * 10}s",
        7 => $"{Year(random)}{Dash(random)}{(random.Next(2) == 0 ? Year(random) : Year(random) % 100)}",
        8 => $"{Months[random.Next(Months.Length)]} {Day(random)}{(random.Next(2) == 0 ? "," : "")} {Year(random)}",
        9 => $"{Day(random)} {(random.Next(3) == 0 ? "of " : "")}{Months[random.Next(Months.Length)]} {Year(random)}",
        10 => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Words[random.Next(Words.Length)],
    };

    private static string Day(Random random)
    {
        var day = random.Next(0, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(3) == 0 ? day + new[] { "st", "nd", "rd", "th", "." }[random.Next(5)] : day;
    }

    private static int Year(Random random) => random.Next(5) switch
    {
        0 => random.Next(1700, 2200),
        1 => random.Next(1800, 1900),
        _ => random.Next(1940, 2030),
    };

    private static string Dash(Random random) => new[] { "-", "–", " to ", " and ", " through ", " until ", "—", " – " }[random.Next(8)];
}
