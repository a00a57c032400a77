using System.Globalization;
using System.Text;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Timeline;

namespace ChatBot.UnitTests.Questions;

/// <summary>
/// <see cref="PersonNames.Contains"/> and <see cref="PlaceNames.Contains"/> settle plain text by scans
/// (<see cref="NameScans"/>): they must say exactly what the patterns say, in sentences dense with titles, prepositions,
/// capitals, hyphens and apostrophes, and with every character up to U+02FF at each place a scan decides.
/// </summary>
public sealed class NameScansTests
{
    private static readonly string[] Pieces =
    [
        "President", "Prime Minister", "Minister", "leader", "leaders", "Dr", "Dr.", "Mr", "Mrs", "Ms", "Mrs.", "Chairman",
        "in", "at", "from", "to", "near", "into", "within", "the", "The", "in the", "to the", "Tokyo", "Moon", "Kim", "Abe",
        "Jae-in", "Jae-In", "Moon Jae-in", "O'Brien", "D'Arcy", "Kim Jong-un", "Jong-", "North", "Korea", "Korean War",
        "May", "Monday", "His", "A", "An", "US", "U.S.", "Hiroshi Tanaka", "Yuki Sato", "Min-jun Park", "Ji-woo", "Niigata",
        "Geneva", "Busan", "Émile", "Éric Zola", "ß", "Ärzte", "Öl", "von", "de", "al-Assad", "McDonald", "MacArthur",
        "X", "Ab", "AB", "aB", "Ab-Cd", "Ab-cd", "Ab'", "'Ab", "_Ab", "9Ab", "Ab9", ",", ", ", "-", " - ", "  ", "\t", "\u00A0", ".",
    ];

    private static readonly string[] Templates =
    [
        "held in{0}Tokyo", "held in {0}Tokyo", "held{0}in Tokyo", "in the{0}Tokyo", "in the {0}Tokyo", "from Tok{0}yo Bay",
        "near Tokyo{0}Bay", "near Tokyo-{0}Bay", "near Tokyo-B{0}ay", "to Kim{0} Jong", "at May{0}day", "President{0} Moon",
        "President,{0}Moon", "Mr{0}s Sato", "Mrs{0}Sato", "Dr {0}Kim", "leader{0}Kim", "said Hiroshi{0}Tanaka", "Hiroshi {0}Tanaka",
        "Hiroshi-{0}Tanaka", "Hiroshi Ta{0}naka met", "O{0}Brien Smith", "Jae-in{0}Moon Lee", "Kim Jong-{0}Un Park", "{0}Ab Cd",
        "Ab{0} Cd", "North Korea{0}Japan", "The {0}Tanaka Sato", "in {0}the Tokyo",
    ];

    [Fact]
    public void Contains_SaysWhatThePatternsSay_InGeneratedSentences()
    {
        var random = new Random(41);
        var sentences = Enumerable.Range(0, 20_000).Select(_ => Dense(random))
            .Concat(DateTextCorpus.Sentences(6_000, seed: 43))
            .Concat(SyntheticCorpus.Generate(30, seed: 5).SelectMany(a => a.Text.Split(". ")).Take(3_000));

        var (people, places) = (0, 0);
        foreach (var sentence in sentences)
        {
            var (person, place) = Compare(sentence);
            people += person ? 1 : 0;
            places += place ? 1 : 0;
        }

        // Both answers must be common, or the comparison proves little.
        Assert.True(people > 5_000 && places > 3_000, $"{people} with a person, {places} with a place");
    }

    [Fact]
    public void Contains_SaysWhatThePatternsSay_WithEveryCharacterAtEachDecidingPlace()
    {
        var characters = Enumerable.Range(0, 0x300).Select(c => (char)c)
            .Concat(['\u1680', '\u2003', '\u2019', '\u200C', '\u200D', '\u212A', '\u0130', '\u01C5', '\u1E9E']);
        foreach (var c in characters)
        {
            foreach (var template in Templates)
            {
                Compare(string.Format(CultureInfo.InvariantCulture, template, c));
            }
        }
    }

    private static (bool Person, bool Place) Compare(string sentence)
    {
        var person = PersonNames.ContainsByPatterns(sentence);
        var place = PlaceNames.ContainsByPatterns(sentence);
        Assert.True(person == PersonNames.Contains(sentence), $"person in \"{sentence}\": the pattern says {person}");
        Assert.True(place == PlaceNames.Contains(sentence), $"place in \"{sentence}\": the pattern says {place}");
        return (person, place);
    }

    private static string Dense(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 10);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(6) switch { 0 => "", 1 => "-", 2 => ", ", _ => " " });
        }

        return text.ToString();
    }
}
