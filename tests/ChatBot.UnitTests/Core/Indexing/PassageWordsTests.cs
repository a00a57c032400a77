using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// Every passage's words numbered at build (snapshot format 12): the words the tokenizer reads from the passage's text
/// alone, with the runs <see cref="SentenceRuns"/> finds, numbered by frequency, the same whichever thread built them,
/// stored and read back, made from the texts for an older snapshot (format 11's stored words included).
/// </summary>
public sealed class PassageWordsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-words-").FullName;

    [Fact]
    public void TheBuild_StoresEveryPassagesWords_AsItsTextReadAlone_WithItsSentenceRuns()
    {
        foreach (var index in new[] { TestCorpus.Index, TestCorpus.Synthetic })
        {
            var stored = index.Index.Arrays.PassageWords!;

            AssertEqual(PassageWordsLayout.FromTexts(index.Passages, index.Articles), stored);
            for (var p = 0; p < index.Passages.Count; p += 7)
            {
                var text = index.Passages[p].Text;
                Assert.Equal(Tokenizer.Tokenize(text).Select(t => t.Folded), stored.Of(p, first: 0).Select(w => stored.Vocabulary[w]));
            }
        }
    }

    [Fact]
    public void TheNumbers_GoByFrequency_ThenOrdinal_SoMostWordsTakeOneByte()
    {
        var stored = TestCorpus.Synthetic.Index.Arrays.PassageWords!;
        var counts = new long[stored.Count];
        var words = 0L;
        for (var p = 0; p < stored.Passages; p++)
        {
            foreach (var w in stored.Of(p, first: 0))
            {
                (counts[w], words) = (counts[w] + 1, words + 1);
            }
        }

        for (var w = 1; w < stored.Count; w++)
        {
            Assert.True(counts[w - 1] > counts[w] || (counts[w - 1] == counts[w] && string.CompareOrdinal(stored.Vocabulary[w - 1], stored.Vocabulary[w]) < 0), $"word {w}");
        }

        Assert.Equal(PassageWordsCode.Choose(counts), stored.Code);
        Assert.True(stored.Codes.Length < 1.3 * words, $"{stored.Codes.Length} bytes for {words} words");
    }

    [Fact]
    public void TwoBuilds_OneThreadAndMany_StoreTheSameNumbers()
    {
        var articles = TestCorpus.Index.Articles;

        var (_, one) = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 1 }.Build(articles);
        var (_, many) = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 4 }.Build(articles);

        AssertEqual(one.Arrays.PassageWords!, many.Arrays.PassageWords!);
    }

    [Fact]
    public void APassageRightAfterALetter_IsReadAgainOnItsOwn_NotTakenFromTheArticlesRead()
    {
        // In the article, "U.S." follows a letter and is no acronym ("u", "s"); the passage's own text starts with it ("us").
        const string text = "xU.S. army came.";
        var vocabulary = new IndexVocabulary(TestCorpus.Plain);
        var (read, starts) = (new List<IndexWord>(), new List<int>());
        var (i, buffer) = (1, new WordBuffer());
        while (Tokenizer.Next(text, ref i, text.Length, buffer, out var start, out _))
        {
            read.Add(vocabulary.Word(buffer.Span));
            starts.Add(start);
        }

        var passage = new Passage(0, "a", 1, 0, 0, BlockKind.Paragraph, 1, text.Length - 1, CompactText.Of(text), null, new[] { new TextSpan(1, text.Length - 1) });

        var (words, runs) = new PassageSurfaceReader(vocabulary).Read(new ChunkPool<int>().Writer(), text, passage, read, starts);

        Assert.Equal(["u", "s", "army", "came"], read.Select(w => w.Folded));
        Assert.Equal(Tokenizer.Tokenize(passage.Text).Select(t => t.Folded), words.Select(w => vocabulary.Words[w].Folded));
        Assert.Equal([0, 3], runs);
    }

    [Fact]
    public void ASnapshot_StoresThePassageWords_AndReadsThemBackEqual()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));

        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.False(loaded.FromOlderSnapshot);
        AssertEqual(TestCorpus.Index.Index.Arrays.PassageWords!, loaded.Index.Arrays.PassageWords!);
    }

    [Fact]
    public void AFormat10Snapshot_WithoutPassageWords_LoadsThemFromTheTexts_AndRanksAsTheBuiltIndex()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index, IndexSnapshotFormat.WithoutPassageWords));

        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.True(loaded.FromOlderSnapshot);
        AssertEqual(TestCorpus.Index.Index.Arrays.PassageWords!, loaded.Index.Arrays.PassageWords!);
        foreach (var question in EvaluationSet.Load("dev").Take(10).Select(q => q.Question))
        {
            Assert.Equal(SnapshotTests.Ranking(TestCorpus.Index, question), SnapshotTests.Ranking(loaded, question));
        }
    }

    [Fact]
    public void AFormat11Snapshot_ItsWordsInOrdinalOrder_LoadsThemFromTheTexts_AndIsWrittenAgainAsFormat12()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index, IndexSnapshotFormat.OrdinalPassageWords));
        var path = Directory.GetFiles(directory, "*.index").Single();
        Assert.Equal(11, BitConverter.ToInt32(File.ReadAllBytes(path), 4));

        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.True(loaded.FromOlderSnapshot);
        AssertEqual(TestCorpus.Index.Index.Arrays.PassageWords!, loaded.Index.Arrays.PassageWords!);
        Assert.Null(store.TrySave(loaded));
        Assert.Equal(IndexSnapshotFormat.Current, BitConverter.ToInt32(File.ReadAllBytes(path), 4));
        var again = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);
        Assert.NotNull(again);
        Assert.False(again.FromOlderSnapshot);
        foreach (var question in EvaluationSet.Load("dev").Take(10).Select(q => q.Question))
        {
            Assert.Equal(SnapshotTests.Ranking(TestCorpus.Index, question), SnapshotTests.Ranking(loaded, question));
        }
    }

    private static void AssertEqual(PassageWords expected, PassageWords actual)
    {
        Assert.Equal(expected.Vocabulary.ToArray(), actual.Vocabulary.ToArray());
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Offsets, actual.Offsets);
        Assert.Equal(expected.Codes, actual.Codes);
        Assert.Equal(expected.Runs.ToArray(), actual.Runs.ToArray());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
