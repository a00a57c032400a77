using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>A snapshot of format 9 (one float a posting) is out of date: rebuilt from the corpus, never read as format 10.</summary>
public sealed class IndexSnapshotFormatTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-format-").FullName;

    [Fact]
    public async Task AFormat9Snapshot_IsRebuiltFromTheCorpus_NotLoaded_AndSavedAgainInTheCurrentFormat()
    {
        using var corpus = new Corpus.TempCorpus()
            .With("a.md", "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n")
            .With("b.md", "---\ntitle: Tokyo\n---\n\nTokyo said nothing about the kidnapping in 2003, then more in 2004.\n");
        var store = new IndexSnapshotStore(directory);
        var loader = new CorpusIndexLoader(new ChatBot.Corpus.FileCorpusSource(), TestCorpus.Plain, store);
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
        Assert.Equal(IndexSnapshotFormat.Current, BitConverter.ToInt32(File.ReadAllBytes(path), 4));
        Assert.True(again.FromSnapshot);
        Assert.False(again.Index.FromOlderSnapshot);
        Assert.Equal(IndexFingerprint.Of(built.Index), IndexFingerprint.Of(rebuilt.Index));
        Assert.Equal(IndexFingerprint.Of(built.Index), IndexFingerprint.Of(again.Index));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
