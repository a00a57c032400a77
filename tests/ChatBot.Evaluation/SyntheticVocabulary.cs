namespace ChatBot.Evaluation;

/// <summary>Word lists and sentence templates of the synthetic corpus, drawn with Zipf-like frequencies.</summary>
internal static class SyntheticVocabulary
{
    private static readonly string[] Nouns =
    [
        "government", "minister", "talks", "summit", "agreement", "sanctions", "policy", "relations", "delegation", "issue",
        "families", "abductees", "investigation", "negotiations", "treaty", "border", "economy", "election", "parliament",
        "committee", "report", "statement", "official", "envoy", "leader", "president", "ministry", "program", "missile",
        "security", "alliance", "trade", "aid", "compensation", "dialogue", "visit", "meeting", "crisis", "conference",
        "citizens", "nationals", "victims", "survivors", "witnesses", "archives", "documents", "evidence", "court", "law",
        "embassy", "ambassador", "spokesperson", "press", "media", "public", "opinion", "poll", "campaign", "movement",
        "coast", "island", "port", "ship", "agent", "spy", "operation", "mission", "defector", "refugee", "camp", "prison",
        "region", "province", "capital", "city", "village", "school", "university", "student", "teacher", "soldier", "army",
    ];

    private static readonly string[] Verbs =
    [
        "announced", "rejected", "demanded", "confirmed", "denied", "proposed", "discussed", "postponed", "resumed",
        "signed", "criticised", "welcomed", "investigated", "returned", "released", "detained", "visited", "urged",
        "agreed", "refused", "acknowledged", "admitted", "claimed", "reported", "revealed", "warned", "promised", "raised",
    ];

    private static readonly string[] Adjectives =
    [
        "bilateral", "formal", "secret", "official", "public", "historic", "fragile", "renewed", "unresolved", "diplomatic",
        "economic", "military", "humanitarian", "regional", "international", "domestic", "political", "sensitive", "long",
    ];

    private static readonly string[] Places = ["Tokyo", "Seoul", "Pyongyang", "Beijing", "Geneva", "Niigata", "Osaka", "Busan", "Hanoi", "Singapore", "Moscow", "Washington"];
    private static readonly string[] Given = ["Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Kenji", "Aiko", "Sung-ho", "Naoko", "Takeshi", "Hye-jin", "Daniel", "Sarah"];
    private static readonly string[] Family = ["Tanaka", "Kim", "Park", "Sato", "Lee", "Suzuki", "Choi", "Yamamoto", "Jung", "Watanabe", "Smith", "Brown"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Fillers = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "by", "after", "before", "during", "while", "as"];

    /// <summary>
    /// A long tail of 20,000 made-up words (syllable combinations), so the vocabulary and the postings lists are as
    /// varied as in real news text rather than a few hundred words repeated everywhere.
    /// </summary>
    private static readonly string[] LongTail = BuildLongTail(20_000);

    public static string Name(Random random) => $"{Pick(Given, random)} {Pick(Family, random)}";

    public static string Heading(Random random) => $"{Capitalise(Pick(Adjectives, random))} {Pick(Nouns, random)} and the {Pick(Nouns, random)}";

    public static string Query(Random random) => random.Next(4) switch
    {
        0 => $"{Pick(Verbs, random)} {Zipf(Nouns, random)} {Zipf(Nouns, random)} {Pick(Places, random)}",
        1 => $"when did the {Zipf(Nouns, random)} {Pick(Verbs, random)} the {Zipf(Nouns, random)}",
        2 => $"{Name(random)} {Zipf(Nouns, random)} {random.Next(1975, 2025)}",
        _ => $"{Pick(Adjectives, random)} {Zipf(Nouns, random)} {Zipf(Nouns, random)} {Zipf(Nouns, random)} {Pick(Verbs, random)}",
    };

    public static string Sentence(Random random)
    {
        var words = new List<string>();
        var length = random.Next(12, 30);
        words.Add(Capitalise(random.Next(3) == 0 ? Name(random) : "the"));
        while (words.Count < length)
        {
            words.Add(random.Next(10) switch
            {
                0 or 1 or 2 => Fillers[Math.Min(Fillers.Length - 1, (int)(random.NextDouble() * random.NextDouble() * Fillers.Length))],
                3 => Zipf(Nouns, random),
                4 => Zipf(LongTail, random),
                5 => Pick(Verbs, random),
                6 => Pick(Adjectives, random),
                7 => random.Next(3) == 0 ? $"in {Pick(Places, random)}" : Zipf(Nouns, random),
                8 => random.Next(4) == 0 ? $"on {Pick(Months, random)} {random.Next(1, 29)}, {random.Next(1970, 2025)}" : Pick(Fillers, random),
                _ => random.Next(3) == 0 ? $"{random.Next(2, 500)} {Zipf(Nouns, random)}" : Zipf(LongTail, random),
            });
        }

        return string.Join(' ', words) + ".";
    }

    private static string[] BuildLongTail(int count)
    {
        string[] syllables = ["ka", "to", "ri", "ne", "su", "mo", "ha", "ki", "ra", "no", "shi", "ta", "me", "yu", "ko", "ga", "den", "lor", "vin", "pal", "ster", "qua", "ber", "mon", "tic", "ous"];
        var random = new Random(99);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            words.Add(string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)])));
        }

        return [.. words];
    }

    private static string Pick(string[] words, Random random) => words[random.Next(words.Length)];

    /// <summary>Rank r drawn with probability roughly ∝ 1/r.</summary>
    private static string Zipf(string[] words, Random random) =>
        words[Math.Min(words.Length - 1, (int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(words.Length + 1)) - 1))];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
