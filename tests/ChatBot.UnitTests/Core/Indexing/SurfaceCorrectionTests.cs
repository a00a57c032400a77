using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// The spelling correction over word tables against the strings' version it replaced (kept below as the reference):
/// the same word for every query, ties on frequency included (the first candidate met wins, so the order candidates
/// are met in matters, not only which ones are found).
/// </summary>
public sealed class SurfaceCorrectionTests
{
    [Fact]
    public void Correct_ChoosesWhatTheStringsTableChose_OnDenseVocabularies()
    {
        var random = new Random(16);
        const string letters = "abcé1";
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => letters[random.Next(letters.Length)])]);
        var compared = 0;
        var corrected = 0;
        var tied = 0;
        for (var round = 0; round < 20; round++)
        {
            var words = Enumerable.Range(0, 400).Select(_ => Word(1, 6)).Distinct().ToArray();
            var frequencies = words.Select(_ => random.Next(1, 4)).ToArray();
            var terms = Enumerable.Range(0, words.Length).ToArray();
            var vocabulary = new SurfaceVocabulary(WordTable.Of(words), terms, frequencies);
            var reference = new Reference(words, frequencies);
            for (var q = 0; q < 300; q++)
            {
                var query = Word(3, 7);
                var expected = reference.Correct(query);
                Assert.Equal(expected, vocabulary.Correct(query));
                compared++;
                corrected += expected is null ? 0 : 1;
                tied += reference.Tied ? 1 : 0;
            }
        }

        // The comparison means something only if most queries found a correction and many tied.
        Assert.True(corrected > compared / 5, $"{corrected} of {compared}");
        Assert.True(tied > corrected / 5, $"{tied} ties in {corrected} corrections");
    }

    [Fact]
    public void Correct_ReadsLongWords()
    {
        var word = new string('k', 300) + "long";
        var vocabulary = new SurfaceVocabulary(WordTable.Of([word, "other"]), [0, 1], [1, 1]);

        Assert.Equal(0, vocabulary.Correct(new string('k', 300) + "lng"));
        Assert.Equal(0, vocabulary.Correct(new string('k', 300) + "lonng"));
        Assert.Null(vocabulary.Correct(word));
    }

    [Theory]
    [InlineData("abc", "abcd", true)]
    [InlineData("abc", "xabc", true)]
    [InlineData("abc", "abxc", true)]
    [InlineData("abc", "abc", false)]
    [InlineData("abc", "abxd", false)]
    [InlineData("", "a", true)]
    public void IsDeletion_HoldsWhenOneCharacterLeftOutGivesTheKey(string key, string word, bool expected)
    {
        Assert.Equal(expected, SurfaceDeletions.IsDeletion(key, word));
    }

    /// <summary>The correction as it was before word tables, with strings and a dictionary of deletion strings.</summary>
    private sealed class Reference
    {
        private readonly string[] words;
        private readonly int[] frequencies;
        private readonly Dictionary<string, int> byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> table = new(StringComparer.Ordinal);

        public Reference(string[] words, int[] frequencies)
        {
            this.words = words;
            this.frequencies = frequencies;
            for (var i = 0; i < words.Length; i++)
            {
                byWord[words[i]] = i;
                if (words[i].Length < 3 || char.IsAsciiDigit(words[i][0]))
                {
                    continue;
                }

                foreach (var deleted in Deletions(words[i]))
                {
                    (table.TryGetValue(deleted, out var list) ? list : table[deleted] = []).Add(i);
                }
            }
        }

        /// <summary>Whether the last correction met another distinct candidate as frequent as the one it chose.</summary>
        public bool Tied { get; private set; }

        public int? Correct(string word)
        {
            Tied = false;
            if (word.Length < 4 || byWord.ContainsKey(word) || char.IsAsciiDigit(word[0]))
            {
                return null;
            }

            int? best = null;
            void Consider(int candidate)
            {
                if (!SurfaceVocabulary.IsOneEdit(word, words[candidate]))
                {
                    return;
                }

                if (best is null || frequencies[candidate] > frequencies[best.Value])
                {
                    best = candidate;
                    Tied = false;
                }
                else if (candidate != best && frequencies[candidate] == frequencies[best.Value])
                {
                    Tied = true;
                }
            }

            if (table.TryGetValue(word, out var longer))
            {
                longer.ForEach(Consider);
            }

            foreach (var deleted in Deletions(word))
            {
                if (byWord.TryGetValue(deleted, out var shorter))
                {
                    Consider(shorter);
                }

                if (table.TryGetValue(deleted, out var same))
                {
                    same.ForEach(Consider);
                }
            }

            return best;
        }

        private static IEnumerable<string> Deletions(string word) =>
            Enumerable.Range(0, word.Length).Select(i => string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)));
    }
}
