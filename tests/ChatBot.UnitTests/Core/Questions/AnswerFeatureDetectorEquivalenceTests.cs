using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Timeline;

namespace ChatBot.UnitTests.Questions;

/// <summary>
/// The detector settles some patterns by scans that read word characters as the patterns do only below U+0100: it must
/// flag exactly what the detector that ran every pattern flagged (<see cref="ReferenceAnswerFeatureDetector"/>), in
/// sentences other than those whose hash is recorded, with every character up to U+02FF (and odd ones beyond) put
/// beside years, short numbers, decades and " and ".
/// </summary>
public sealed class AnswerFeatureDetectorEquivalenceTests
{
    private static readonly string[] Templates =
    [
        "in {0}2004", "in 2004{0}", "in 2004s{0}", "in 20{0}04", "the {0}12 delegates", "the 12{0} delegates", "the 1{0}23 men",
        "10,000{0} people", "3.5{0} percent", "on March 3, 2004{0} and 5 May 1999", "Kim Jong and{0}Lee Ann Park", "Kim Jong and {0}Lee Ann",
        "Tokyo, Seoul{0}, Pyongyang, Japan", "list: a; b{0}; c;", "the {0}1990s and 80s", "last{0}year 12", "{0}123", "2002{0}",
        "a dozen{0} 1,978 apples", "since 1953{0}in 2002 because", "(Smith{0}, 2002) found 3", "it was 5{0}",
    ];

    [Fact]
    public void Detect_FlagsWhatThePatternsAloneFlag_InGeneratedSentences()
    {
        var random = new Random(29);
        var sentences = DateTextCorpus.Sentences(12_000, seed: 37)
            .Concat(SyntheticCorpus.Generate(40, seed: 9).SelectMany(a => a.Text.Split(". ")).Take(3_000))
            .Select(s => random.Next(3) == 0 ? Planted(s, random) : s);

        var flagged = 0;
        foreach (var sentence in sentences)
        {
            flagged += Compare(sentence);
        }

        Assert.True(flagged > 5_000, $"only {flagged} sentences flagged");
    }

    [Fact]
    public void Detect_FlagsWhatThePatternsAloneFlag_WithEveryCharacterAtEachDecidingPlace()
    {
        var characters = Enumerable.Range(0, 0x300).Select(c => (char)c)
            .Concat(['\u1680', '\u2003', '\u200C', '\u200D', '\u212A', '\u0130', '\uFF10', '\u0660', '\u0966']);
        foreach (var c in characters)
        {
            foreach (var template in Templates)
            {
                Compare(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, c));
            }
        }
    }

    private static int Compare(string sentence)
    {
        var expected = ReferenceAnswerFeatureDetector.Detect(sentence);
        Assert.True(expected == AnswerFeatureDetector.Detect(sentence), $"\"{sentence}\": expected {expected}, found {AnswerFeatureDetector.Detect(sentence)}");
        return expected == AnswerFeatures.None ? 0 : 1;
    }

    private static string Planted(string sentence, Random random)
    {
        const string Awkward = "\u00A0\u0085\u00E9\u00AA\u00B5_\u00C0\t\u212A\u0660\u200D,.:;0123456789sA";
        return sentence.Insert(random.Next(sentence.Length + 1), Awkward[random.Next(Awkward.Length)].ToString());
    }
}
