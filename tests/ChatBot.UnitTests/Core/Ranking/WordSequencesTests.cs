using ChatBot.Core.Ranking;

namespace ChatBot.UnitTests.Ranking;

public sealed class WordSequencesTests
{
    [Fact]
    public void PairsAndTriples_AreNumberedAsTheyFirstOccur_LikeDictionariesFilledInOrder()
    {
        var random = new Random(16);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var distinct = random.Next(1, 8);
            var words = Enumerable.Range(0, random.Next(0, 16)).Select(_ => random.Next(0, distinct)).ToArray();
            var (pairs, triples) = (new Dictionary<(int, int), int>(), new Dictionary<(int, int, int), int>());
            for (var i = 0; i + 1 < words.Length; i++)
            {
                pairs.TryAdd((words[i], words[i + 1]), pairs.Count);
                if (i + 2 < words.Length)
                {
                    triples.TryAdd((words[i], words[i + 1], words[i + 2]), triples.Count);
                }
            }

            var sequences = new WordSequences(words, distinct);

            Assert.Equal(pairs.Count, sequences.Bigrams);
            Assert.Equal(triples.Count, sequences.Trigrams);
            for (var x = 0; x < distinct; x++)
            {
                for (var y = 0; y < distinct; y++)
                {
                    var pair = sequences.Bigram(x, y);
                    Assert.Equal(pairs.TryGetValue((x, y), out var expected) ? expected : -1, pair);
                    for (var z = 0; z < distinct && pair >= 0; z++)
                    {
                        Assert.Equal(triples.TryGetValue((x, y, z), out var triple) ? triple : -1, sequences.Trigram(pair, z));
                    }
                }
            }
        }
    }

    [Fact]
    public void AQuestionOfOneWord_HasNoPairs()
    {
        var sequences = new WordSequences([0], 1);

        Assert.Equal(0, sequences.Bigrams);
        Assert.Equal(-1, sequences.Bigram(0, 0));
    }
}
