using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Timeline;

/// <summary>
/// The extractor skips patterns by cheap scans that read characters the way the patterns do only below U+0100: it must
/// find exactly what the extractor that ran every pattern found (<see cref="ReferenceDateExtractor"/>), in sentences
/// other than those whose hashes are recorded, with every character up to U+02FF (and the odd-casing and white-space
/// ones beyond) put where a scan decides something: beside, inside and after month names, days and years.
/// </summary>
public sealed class DateExtractorEquivalenceTests
{
    private static readonly PartialDate?[] Published = [null, new PartialDate(2018, 4, 15), new PartialDate(1999)];

    private static readonly string[] Templates =
    [
        "on Ma{0} 3, 2004", "on {0}March 3, 2004", "on March{0}3, 2004", "on March {0}3, 2004", "on March 3{0} 2004",
        "on March 3,{0}2004", "on March 3, 2004{0}", "in Sep{0}t. 12 1999", "in Sept{0} 12th 1999", "in Sept.{0}12th 1999",
        "3 of May{0} 2004", "3{0}of May 2004", "3 {0}May 2004", "12th.{0}June, 1978", "in {0}1990s and 80s",
        "from 19{0}78 to 1980", "from 1978{0}to 1980", "since {0} in 2002", "in 2{0}002", "in {0}2002", "in 2002{0}",
        "late {0}last year", "early{0}May", "the end of Dec{0}", "{0}July 1978", "July{0}, 1978", "mid-{0}April",
        "at his Apr{0}l 27 meeting", "at his April {0}27 meeting", "De{0}c 1, 2003 and June 2004", "(Smith{0}, 2002)",
        "March 3, 2004 and {0}May 5", "the 1970s{0}", "2002-09-1{0}", "in January{0}", "{0}jAN. 2 2003", "NOV{0} 1999",
    ];

    [Fact]
    public void Extract_FindsWhatThePatternsAloneFind_InGeneratedSentences()
    {
        var random = new Random(23);
        var sentences = DateTextCorpus.Sentences(12_000, seed: 31)
            .Concat(SyntheticCorpus.Generate(40, seed: 3).SelectMany(a => a.Text.Split(". ")).Take(3_000))
            .Select(s => random.Next(3) == 0 ? Planted(s, random) : s);

        var compared = 0;
        foreach (var sentence in sentences)
        {
            compared += Compare(sentence);
        }

        Assert.True(compared > 10_000, $"only {compared} mentions compared");
    }

    [Fact]
    public void Extract_FindsWhatThePatternsAloneFind_WithEveryCharacterAtEachDecidingPlace()
    {
        var characters = Enumerable.Range(0, 0x300).Select(c => (char)c)
            .Concat(['\u1680', '\u2003', '\u2028', '\u200C', '\u200D', '\u212A', '\u212B', '\u0130', '\u0131', '\uFF10', '\u0660']);
        var compared = 0;
        foreach (var c in characters)
        {
            foreach (var template in Templates)
            {
                compared += Compare(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, c));
            }
        }

        Assert.True(compared > 50_000, $"only {compared} mentions compared");
    }

    [Fact]
    public void MayHoldDate_IsWhatTheMonthPatternSays()
    {
        foreach (var sentence in DateTextCorpus.Sentences(5_000, seed: 5).Where(s => !s.Any(char.IsAsciiDigit)))
        {
            foreach (var published in Published)
            {
                Assert.Equal(ReferenceDateExtractor.MayHoldDate(sentence, published), DateExtractor.MayHoldDate(sentence, published));
            }
        }
    }

    private static int Compare(string sentence)
    {
        var compared = 0;
        foreach (var published in Published)
        {
            var expected = ReferenceDateExtractor.Extract(sentence, published);
            var actual = DateExtractor.Extract(sentence, published);
            Assert.True(expected.SequenceEqual(actual), $"\"{sentence}\" ({published}): expected {Describe(expected)}, found {Describe(actual)}");
            compared += expected.Count + 1;
        }

        return compared;
    }

    /// <summary>The sentence with a character that could mislead a scan put at a random place.</summary>
    private static string Planted(string sentence, Random random)
    {
        const string Awkward = "\u00A0\u0085\u00E9\u00AA\u00B5_\u00C0\t\u212A\u017F\u0130\u2003.,-0123456789";
        return sentence.Insert(random.Next(sentence.Length + 1), Awkward[random.Next(Awkward.Length)].ToString());
    }

    private static string Describe(List<DateMention> mentions) =>
        new StringBuilder().AppendJoin("; ", mentions.Select(m => $"{m.Date} at {m.Start}+{m.Length}")).ToString();
}
