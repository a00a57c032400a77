using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// Snapshots of other formats: the older ones a release wrote load (and are written again), the rest are rebuilt — format 9
/// (one float a posting) among them, never read as format 10.
/// </summary>
public sealed class SnapshotOlderFormatTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-snap-old-").FullName;

    [Theory]
    [InlineData(6)] // each text whole in its record, no checksums
    [InlineData(8)] // each text compressed on its own (when smaller) in its record, with its checksum
    [InlineData(10)] // posting weights coded, no passage words
    [InlineData(11)] // passage words in ordinal order, two bytes a word: read past, made from the texts
    public void AnOlderFormatSnapshot_WhatEarlierReleasesWrote_LoadsWithTheSameTextsAndRankings_PackedAsTheCurrentFormatPacksIt(int format)
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index, format));
        Assert.Equal(format, BitConverter.ToInt32(File.ReadAllBytes(Directory.GetFiles(directory, "*.index").Single()), 4));

        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        Assert.True(loaded.FromOlderSnapshot);
        Assert.All(loaded.Articles, a => Assert.True(a.Content.IsPacked));
        Assert.Equal(TestCorpus.Index.Articles.Select(a => a.Text), loaded.Articles.Select(a => a.Text));
        Assert.Equal(TestCorpus.Index.Passages.Select(p => p.Text), loaded.Passages.Select(p => p.Text));
        Assert.Equal(TestCorpus.Index.Timeline.Select(e => e.Text), loaded.Timeline.Select(e => e.Text));
        foreach (var question in EvaluationSet.Load("dev").Take(10).Select(q => q.Question))
        {
            Assert.Equal(SnapshotTests.Ranking(TestCorpus.Index, question), SnapshotTests.Ranking(loaded, question));
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(11)]
    public async Task TheLoader_RewritesAnOlderFormatSnapshot_OnceInTheCurrentFormat(int format)
    {
        using var corpus = new Corpus.TempCorpus().With("a.md", "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n");
        var (store, loader) = Loader();
        var built = await loader.LoadAsync(corpus.Directory);
        Assert.False(built.FromSnapshot);
        Assert.Null(store.TrySave(built.Index, format));
        var path = Directory.GetFiles(directory, "*.index").Single();

        var upgraded = await loader.LoadAsync(corpus.Directory);
        var again = await loader.LoadAsync(corpus.Directory);

        Assert.True(upgraded.FromSnapshot);
        Assert.Null(upgraded.SnapshotProblem);
        AssertSavedInTheCurrentFormat_AndLoadedFromIt(path, again);
        Assert.Equal(built.Index.Articles.Select(a => a.Text), again.Index.Articles.Select(a => a.Text));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)] // compressed text without checksums: on main for an hour, rebuilt rather than trusted
    [InlineData(9)] // one float a posting: rebuilt (IndexSnapshotFormatTests loads a whole format-9 file)
    public void TryLoad_ReturnsNull_ForASnapshotOfAnOlderFormat(int format)
    {
        var store = new IndexSnapshotStore(directory);
        store.TrySave(TestCorpus.Index);
        var path = Directory.GetFiles(directory, "*.index").Single();
        var bytes = File.ReadAllBytes(path);
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), format);
        File.WriteAllBytes(path, bytes);

        Assert.Null(store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer));
    }

    [Fact]
    public async Task AFormat9Snapshot_IsRebuiltFromTheCorpus_NotLoaded_AndSavedAgainInTheCurrentFormat()
    {
        using var corpus = new Corpus.TempCorpus()
            .With("a.md", "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n")
            .With("b.md", "---\ntitle: Tokyo\n---\n\nTokyo said nothing about the kidnapping in 2003, then more in 2004.\n");
        var (store, loader) = Loader();
        var built = await loader.LoadAsync(corpus.Directory);
        var path = Directory.GetFiles(directory, "*.index").Single();
        var format9 = SnapshotWeightsSection.AsFormat9(File.ReadAllBytes(path), built.Index.Index.Arrays.PostingWeights);
        File.WriteAllBytes(path, format9);

        Assert.Null(store.TryLoad(built.Index.Fingerprint, TestCorpus.Plain));
        // Refused by its header, not by a section that happens not to parse: format 9's articles section is format 10's.
        var refused = Assert.Throws<InvalidDataException>(() => IndexSnapshotFormat.Read(new MemoryStream(format9), built.Index.Fingerprint, TestCorpus.Plain));
        Assert.Equal("snapshot is for another engine, format or corpus", refused.Message);
        var rebuilt = await loader.LoadAsync(corpus.Directory);
        var again = await loader.LoadAsync(corpus.Directory);

        Assert.False(rebuilt.FromSnapshot);
        Assert.Null(rebuilt.SnapshotProblem);
        AssertSavedInTheCurrentFormat_AndLoadedFromIt(path, again);
        Assert.Equal(IndexFingerprint.Of(built.Index), IndexFingerprint.Of(rebuilt.Index));
        Assert.Equal(IndexFingerprint.Of(built.Index), IndexFingerprint.Of(again.Index));
    }

    /// <summary>The file at <paramref name="path"/> is now in the current format, and the next load read it as such.</summary>
    private static void AssertSavedInTheCurrentFormat_AndLoadedFromIt(string path, CorpusIndexLoad again)
    {
        Assert.Equal(IndexSnapshotFormat.Current, BitConverter.ToInt32(File.ReadAllBytes(path), 4));
        Assert.True(again.FromSnapshot);
        Assert.False(again.Index.FromOlderSnapshot);
    }

    /// <summary>A store in this test's folder and a loader that keeps its snapshots there.</summary>
    private (IndexSnapshotStore Store, CorpusIndexLoader Loader) Loader()
    {
        var store = new IndexSnapshotStore(directory);
        return (store, new CorpusIndexLoader(new ChatBot.Corpus.FileCorpusSource(), TestCorpus.Plain, store));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
