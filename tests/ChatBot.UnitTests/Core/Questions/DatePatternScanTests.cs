using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Timeline;

namespace ChatBot.UnitTests.Questions;

/// <summary>
/// <see cref="DatePatternScan"/> stands in for the detector's date pattern on plain text: it must find exactly the
/// pattern's matches (each start and length, in order) in sentences dense with years, days, months, decades and
/// relative periods, and with every character below U+0100 at each place the scan decides.
/// </summary>
public sealed partial class DatePatternScanTests
{
    private static readonly string[] Pieces =
    [
        "1999", "2004", "1800", "1799", "2100", "19990", "1999s", "2004s", "1980s", "80s", "20s", "1920s", "2090s", "10s", "190s",
        "3", "12", "123", "03", "May", "March", "march", "MAY", "Mayday", "Junes", "December", "Dec", "last", "this", "next",
        "year", "years", "month", "week", "spring", "fall", "fallen", "winter", "the", "on", "in", "_", "s", "a", "5th", "3rd",
        ",", ".", "-", "'", "é", "²",
    ];

    private static readonly string[] Templates =
    [
        "in {0}1999", "in 1999{0}", "in 1999s{0}", "in 19{0}99", "on 3{0}May", "on 3 {0}May", "on 12{0} May", "on 3 May{0}",
        "on May{0}3", "on May 3{0}", "on May 12{0}", "on {0}May 3", "last{0}year", "last {0}year", "last year{0}", "{0}this week",
        "the {0}1990s", "the 1990s{0}", "the 90{0}s", "the 90s{0}", "{0}2004", "3{0}", "{0}12 May 2004",
    ];

    [Fact]
    public void Next_FindsThePatternsMatches_InGeneratedSentences()
    {
        var random = new Random(47);
        var sentences = Enumerable.Range(0, 20_000).Select(_ => Dense(random))
            .Concat(DateTextCorpus.Sentences(8_000, seed: 53))
            .Concat(SyntheticCorpus.Generate(30, seed: 7).SelectMany(a => a.Text.Split(". ")).Take(3_000))
            .Where(s => FeatureScans.IsPlain(s));

        var matched = 0;
        foreach (var sentence in sentences)
        {
            matched += Compare(sentence);
        }

        Assert.True(matched > 20_000, $"only {matched} matches");
    }

    [Fact]
    public void Next_FindsThePatternsMatches_WithEveryPlainCharacterAtEachDecidingPlace()
    {
        for (var c = 0; c < 0x100; c++)
        {
            foreach (var template in Templates)
            {
                Compare(string.Format(CultureInfo.InvariantCulture, template, (char)c));
            }
        }
    }

    private static int Compare(string sentence)
    {
        var expected = new List<(int Index, int Length)>();
        foreach (var match in Pattern().EnumerateMatches(sentence))
        {
            expected.Add((match.Index, match.Length));
        }

        var found = new List<(int Index, int Length)>();
        var i = 0;
        for (var at = DatePatternScan.Next(sentence, 0, out var length); at >= 0; at = DatePatternScan.Next(sentence, i, out length))
        {
            Assert.True(found.Count < expected.Count, $"\"{sentence}\": a match too many at {at}");
            Assert.True(expected[found.Count].Index == at && expected[found.Count].Length == length, $"\"{sentence}\": ({at}, {length}) where the pattern matched ({expected[found.Count].Index}, {expected[found.Count].Length})");
            found.Add(expected[found.Count]);
            i = at + length;
        }

        Assert.True(found.Count == expected.Count, $"\"{sentence}\": {found.Count} matches, the pattern {expected.Count}");
        return found.Count;
    }

    private static string Dense(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 10);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(6) switch { 0 => "", 1 => "  ", 2 => ", ", 3 => "\t", _ => " " });
        }

        return text.ToString();
    }

    /// <summary>The detector's date pattern, as written there.</summary>
    [GeneratedRegex(@"\b(1[89]\d{2}|20\d{2})s?\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b(last|this|next) (year|month|week|spring|summer|autumn|fall|winter)\b|\b(19|20)?[2-9]0s\b")]
    private static partial Regex Pattern();
}
