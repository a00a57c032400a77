using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class ArticleReaderTests
{
    /// <summary>The reader notes capitals while it reads passages: the result must be one pass over the whole text's.</summary>
    [Fact]
    public void Acronyms_AreTheCapitalWordsOfTheWholeText()
    {
        var articles = RandomTextCorpus.Generate(150, seed: 11).Concat(SyntheticCorpus.Generate(60)).ToList();
        var reader = new ArticleReader(new IndexVocabulary(TestCorpus.Analyzer), new ChunkPool<int>());

        for (var i = 0; i < articles.Count; i++)
        {
            var found = reader.Read(articles[i], i).Acronyms.Order(StringComparer.Ordinal);

            Assert.Equal(WholeTextAcronyms(articles[i].Text), found);
        }
    }

    /// <summary>
    /// Cutting the text at a seam must not change its words: the words of the two parts, read apart, are the words of the
    /// whole. Strings of the characters the tokenizer treats specially (stops, commas, apostrophes, "'s", digits, dotted
    /// capitals) are cut at every place.
    /// </summary>
    [Fact]
    public void IsSeam_CutsNoWord()
    {
        var random = new Random(23);
        var seams = 0;
        var others = 0;
        var changedByOthers = 0;
        for (var k = 0; k < 400; k++)
        {
            var text = AwkwardText(random);
            var whole = Words(text, 0, text.Length);
            for (var at = 0; at <= text.Length; at++)
            {
                var cut = Words(text, 0, at).Concat(Words(text, at, text.Length)).ToList();
                if (ArticleReader.IsSeam(text, at))
                {
                    seams++;
                    Assert.Equal(whole, cut);
                }
                else
                {
                    others++;
                    changedByOthers += whole.SequenceEqual(cut) ? 0 : 1;
                }
            }
        }

        // The strings are awkward enough to cut words at the places that are not seams.
        Assert.True(seams > 1000 && others > 1000 && changedByOthers > 500, $"{seams} seams, {others} others, {changedByOthers} changed");
    }

    private static List<string> WholeTextAcronyms(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, start, length) in Words(text, 0, text.Length))
        {
            if (length >= 2 && char.IsLetter(text[start]) && text.AsSpan(start, length).IndexOfAnyInRange('a', 'z') < 0)
            {
                found.Add(word);
            }
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }

    private static List<(string Word, int Start, int Length)> Words(string text, int start, int end)
    {
        var words = new List<(string, int, int)>();
        var buffer = new WordBuffer();
        var i = start;
        while (Tokenizer.Next(text, ref i, end, buffer, out var tokenStart, out var length))
        {
            words.Add((buffer.ToString(), tokenStart, length));
        }

        return words;
    }

    private static string AwkwardText(Random random)
    {
        string[] pieces = ["a", "B", "s", "S", "7", "0", ".", ",", "'", "’", "`", " ", " ", "-", "!", "(", "é", "Ω", "U.S.", "'s", "3.5", "1,000"];
        var text = new StringBuilder();
        for (var n = random.Next(4, 30); n > 0; n--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
