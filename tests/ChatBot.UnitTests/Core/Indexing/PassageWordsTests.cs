using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// Every passage's words numbered at build (snapshot format 11): the words the tokenizer reads from the passage's text
/// alone, with the runs <see cref="SentenceRuns"/> finds, the same whichever thread built them, stored and read back,
/// made from the texts for an older snapshot.
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
                Assert.Equal(Tokenizer.Tokenize(text).Select(t => t.Folded), stored.Of(p, first: 0).Select(w => stored.Word(w).ToString()));
            }
        }
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

    public enum Damage
    {
        WordsOutOfOrder,
        WordTwice,
        EmptyWord,
        VocabularyLongerThanItsWords,
        NumberOutsideTheVocabulary,
        PassageMissing,
        PassageOffsetsGoingBack,
        MoreWordsThanCharacters,
        RunPastItsPassage,
        RunBackwards,
        RunBeforeItsPassage,
        RunHalfOnItsOwn,
        RunsMissing,
    }

    [Theory]
    [InlineData(Damage.WordsOutOfOrder)]
    [InlineData(Damage.WordTwice)]
    [InlineData(Damage.EmptyWord)]
    [InlineData(Damage.VocabularyLongerThanItsWords)]
    [InlineData(Damage.NumberOutsideTheVocabulary)]
    [InlineData(Damage.PassageMissing)]
    [InlineData(Damage.PassageOffsetsGoingBack)]
    [InlineData(Damage.MoreWordsThanCharacters)]
    [InlineData(Damage.RunPastItsPassage)]
    [InlineData(Damage.RunBackwards)]
    [InlineData(Damage.RunBeforeItsPassage)]
    [InlineData(Damage.RunHalfOnItsOwn)]
    [InlineData(Damage.RunsMissing)]
    public void ASnapshot_WithDamagedPassageWords_IsRefused_WithTheOneLineError(Damage damage)
    {
        var index = TestCorpus.Index;
        var damaged = Damaged(index.Index.Arrays.PassageWords!, damage);
        var arrays = index.Index.Arrays with { PassageWords = damaged };
        var written = new CorpusIndex(index.Fingerprint, index.Articles, index.Passages, new InvertedIndex(arrays), index.Timeline, index.Rejected, index.Analyzer);
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(written));
        var file = File.ReadAllBytes(Directory.GetFiles(directory, "*.index").Single());

        Assert.Null(store.TryLoad(index.Fingerprint, index.Analyzer));
        var refused = Assert.Throws<InvalidDataException>(() => IndexSnapshotFormat.Read(new MemoryStream(file), index.Fingerprint, index.Analyzer));
        Assert.Equal("snapshot passage words are malformed", refused.Message);
    }

    /// <summary>The words with one kind of damage, and nothing else another check would refuse.</summary>
    private static PassageWords Damaged(PassageWords words, Damage damage)
    {
        var (vocabulary, vocabularyOffsets, offsets) = ((char[])words.Vocabulary.Clone(), (int[])words.VocabularyOffsets.Clone(), (int[])words.Offsets.Clone());
        var (numbers, runs) = (words.Numbers.ToArray(), words.Runs.ToArray());
        var noRuns = new int[runs.Length];
        var sameLength = Enumerable.Range(0, words.Count - 1).First(w => words.Word(w).Length == words.Word(w + 1).Length);
        var (at, next) = (vocabularyOffsets[sameLength], vocabularyOffsets[sameLength + 1]);
        var run = Enumerable.Range(0, runs.Length / 2).First(s => runs[2 * s] > 0 && runs[(2 * s) + 1] > runs[2 * s] + 1);
        switch (damage)
        {
            case Damage.WordsOutOfOrder:
                vocabulary = [.. vocabulary[..at], .. vocabulary[next..(next + next - at)], .. vocabulary[at..next], .. vocabulary[(next + next - at)..]];
                break;
            case Damage.WordTwice:
                vocabulary.AsSpan(at, next - at).CopyTo(vocabulary.AsSpan(next));
                break;
            case Damage.EmptyWord:
                // A first word of no characters sorts before every other, so only the offsets show it.
                (vocabularyOffsets, numbers) = ([0, .. vocabularyOffsets], [.. numbers.Select(n => n + 1)]);
                break;
            case Damage.VocabularyLongerThanItsWords:
                vocabulary = [.. vocabulary, 'z'];
                break;
            case Damage.NumberOutsideTheVocabulary:
                numbers[numbers.Length / 2] = words.Count;
                break;
            case Damage.PassageMissing:
                (offsets, numbers, runs) = (offsets[..^1], numbers[..offsets[^2]], noRuns);
                break;
            case Damage.PassageOffsetsGoingBack:
                (offsets[1], runs) = (-1, noRuns);
                break;
            case Damage.MoreWordsThanCharacters:
                (offsets, runs) = ([0, .. offsets[1..].Select(_ => numbers.Length)], noRuns);
                break;
            case Damage.RunPastItsPassage:
                runs[(2 * run) + 1] = numbers.Length + 2;
                break;
            case Damage.RunBackwards:
                (runs[2 * run], runs[(2 * run) + 1]) = (runs[(2 * run) + 1], runs[2 * run]);
                break;
            case Damage.RunBeforeItsPassage:
                // Four bytes a number (as a passage of more than 65,534 words makes them) let a run be negative.
                (runs[2 * run], runs[(2 * run) + 1]) = (-3, -1);
                break;
            case Damage.RunHalfOnItsOwn:
                runs[2 * run] = 0;
                break;
            case Damage.RunsMissing:
                runs = runs[..^2];
                break;
        }

        return new PassageWords(vocabulary, vocabularyOffsets, offsets, NarrowInts.Of(numbers), NarrowInts.Of(runs));
    }

    private static void AssertEqual(PassageWords expected, PassageWords actual)
    {
        Assert.Equal(expected.Vocabulary, actual.Vocabulary);
        Assert.Equal(expected.VocabularyOffsets, actual.VocabularyOffsets);
        Assert.Equal(expected.Offsets, actual.Offsets);
        Assert.Equal(expected.Numbers.Width, actual.Numbers.Width);
        Assert.Equal(expected.Numbers.ToArray(), actual.Numbers.ToArray());
        Assert.Equal(expected.Runs.ToArray(), actual.Runs.ToArray());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
