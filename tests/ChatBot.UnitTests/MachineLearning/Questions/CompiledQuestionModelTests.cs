using System.Text;

namespace ChatBot.UnitTests.MachineLearning.Questions;

public sealed class CompiledQuestionModelTests(CompiledQuestionModelFixture model) : IClassFixture<CompiledQuestionModelFixture>
{
    public static TheoryData<string> AwkwardTexts() =>
    [
        "",
        " ",
        "   \t\n ",
        "?",
        "a",
        "Why?",
        "WHEN DID THE SUMMIT TAKE PLACE?",
        "wHeN dId ThE sUmMiT tAkE pLaCe",
        "When  did   the summit take place ?",
        "\tWhen did\tthe summit\ntake place?\r\n",
        "Où est allé Koizumi? Était-ce à Pyongyang — en 2002?",
        "Çà et là: naïve résumé, façade, Ångström, smörgåsbord, Ærø, œuvre, straße, ẞ",
        "A\u0301 combining e\u0300 marks o\u0308 and \u05b0\u0591 Hebrew \u064c\u0670 Arabic",
        "ΆΈΉΊΌΎΏ ΐΰ άέήί Ёлка ЙЙ ӁӜ Ǣǣ Ǯǯ ǅǆ İı",
        "How many people were abducted between 1977 and 1983? 17? 12,345.67? ½? ٣?",
        "Who? What? When? Where? Why? How? Which? Whose?",
        "!!!???...,,,;;;:::---___(((]]]{{{'\"`~@#$%^&*+=<>|\\/",
        "emoji 😀🇯🇵👨‍👩‍👧 in a question about the abductions?",
        "a lone \ud800 high and \udc00 low surrogate",
        "\u0000 nul, \u0001 \u0002 \u0003 controls, \u001f unit, \u007f del, \u0085 nel, \u00a0 nbsp, \u2028 \u2029",
        "名前は何ですか 拉致問題とは？ 북한 납치",
        "x|y|z pipes | and || double, stars * and <␠> control names",
        "what|is the abduction|issue?",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
        "abductees abductees abductees abductees abductees",
    ];

    [Fact]
    public void Scores_AreTheEnginesToTheBit_OnEveryLabelledAndBlindQuestion()
    {
        Assert.True(model.Questions.Count > 800);
        Assert.All(model.Questions, AssertSameAsEngine);
    }

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Scores_AreTheEnginesToTheBit_OnAwkwardText(string text) => AssertSameAsEngine(text);

    [Fact]
    public void Scores_AreTheEnginesToTheBit_OnAlteredQuestions()
    {
        var random = new Random(20020917);
        var altered = model.Questions.Select(q => Alter(q, random)).ToList();

        Assert.All(altered, AssertSameAsEngine);
    }

    [Fact]
    public void Scores_AreTheEnginesToTheBit_OnRandomCharacters()
    {
        var random = new Random(17);
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ?!.,'-éüñøÅ—  \t";
        var texts = Enumerable.Range(0, 400)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]))
            .ToList();

        Assert.All(texts, AssertSameAsEngine);
    }

    [Fact]
    public void Scores_AreTheEnginesToTheBit_OnLongTextUpToTheDensityLimit()
    {
        // Whole labelled questions run together: thousands of characters, hundreds of distinct n-grams, the dot product's
        // vectorised path with every lane and tail length.
        var lengths = new List<int>();
        for (var take = 1; take <= 200; take += 3)
        {
            var text = string.Join(' ', model.Questions.Take(take));
            var scores = new float[model.Compiled.Classes];
            if (model.Compiled.TryScore(text, scores))
            {
                Assert.Equal(Bits(model.Engine.EngineScores(text)), Bits(scores));
                lengths.Add(text.Length);
            }
        }

        Assert.Contains(lengths, l => l > 1200);
    }

    [Fact]
    public void Scores_AreTheEnginesToTheBit_OnTextJustUnderTheFirstBuffers_OnAFreshThread()
    {
        // A thread's buffers start small and grow with the longest text it has seen; questions of 200–254 characters
        // with many distinct n-grams once overran the first ones, so each text here is the first its thread scores.
        var texts = new List<string>();
        for (var skip = 0; texts.Count < 60 && skip < model.Questions.Count; skip++)
        {
            var text = string.Join(' ', model.Questions.Skip(skip).TakeWhile((_, i) => string.Join(' ', model.Questions.Skip(skip).Take(i + 1)).Length <= 254));
            if (text.Length >= 200)
            {
                texts.Add(text);
            }
        }

        Assert.Equal(60, texts.Count);
        foreach (var text in texts)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    AssertSameAsEngine(text);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
            thread.Start();
            thread.Join();
            Assert.Null(failure);
        }
    }

    [Fact]
    public void TryScore_LeavesToTheEngine_TextPastTheDensityLimit()
    {
        var text = string.Join(' ', model.Questions);
        var scores = new float[model.Compiled.Classes];

        Assert.False(model.Compiled.TryScore(text, scores));
    }

    private void AssertSameAsEngine(string text)
    {
        var scores = new float[model.Compiled.Classes];

        Assert.True(model.Compiled.TryScore(text, scores), text);
        Assert.Equal(Bits(model.Engine.EngineScores(text)), Bits(scores));
    }

    private static int[] Bits(IEnumerable<float> scores) => [.. scores.Select(BitConverter.SingleToInt32Bits)];

    // One of a handful of edits a user might make: shouting, accents, stray spacing, digits, emoji, no punctuation.
    private static string Alter(string question, Random random) => random.Next(8) switch
    {
        0 => question.ToUpperInvariant(),
        1 => question.Replace('e', 'é').Replace('a', 'à').Replace('o', 'ö'),
        2 => question.Replace(" ", "  ", StringComparison.Ordinal) + " ",
        3 => question.Replace(' ', '\t'),
        4 => question + " " + random.Next(1900, 2030),
        5 => "😀 " + question + " 🇯🇵",
        6 => new string([.. question.Where(c => !char.IsPunctuation(c))]),
        _ => Shuffle(question, random),
    };

    private static string Shuffle(string question, Random random)
    {
        var words = question.Split(' ');
        random.Shuffle(words);
        return new StringBuilder().AppendJoin(' ', words).ToString();
    }
}
