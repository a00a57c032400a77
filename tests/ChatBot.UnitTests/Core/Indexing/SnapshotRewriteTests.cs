using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SnapshotRewriteTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-rewrite-").FullName;

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public async Task AFailedRewrite_OfAnOlderFormatSnapshot_KeepsTheOldFile_AndTheNextStartRewritesIt(int format)
    {
        using var corpus = new Corpus.TempCorpus()
            .With("a.md", "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n")
            .With("b.md", "---\ntitle: Tokyo\n---\n\n東京 said “nothing” about it in 2003.\n");
        var store = new IndexSnapshotStore(directory);
        var loader = new CorpusIndexLoader(new ChatBot.Corpus.FileCorpusSource(), TestCorpus.Plain, store);
        var built = await loader.LoadAsync(corpus.Directory);
        Assert.Null(store.TrySave(built.Index, format));
        var path = Directory.GetFiles(directory, "*.index").Single();
        var old = File.ReadAllBytes(path);

        // The rewrite's temporary file cannot be made (a folder is in its place): the rewrite fails part way.
        var blocker = Directory.CreateDirectory($"{path}.{Environment.ProcessId}.tmp");
        var failed = await loader.LoadAsync(corpus.Directory);

        Assert.True(failed.FromSnapshot);
        Assert.NotNull(failed.SnapshotProblem);
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal(built.Index.Articles.Select(a => a.Text), failed.Index.Articles.Select(a => a.Text));

        blocker.Delete();
        var rewritten = await loader.LoadAsync(corpus.Directory);
        var again = await loader.LoadAsync(corpus.Directory);

        Assert.True(rewritten.FromSnapshot);
        Assert.Null(rewritten.SnapshotProblem);
        Assert.Equal(IndexSnapshotFormat.Current, BitConverter.ToInt32(File.ReadAllBytes(path), 4));
        Assert.False(again.Index.FromOlderSnapshot);
        Assert.Equal(built.Index.Articles.Select(a => a.Text), again.Index.Articles.Select(a => a.Text));
        Assert.Equal(built.Index.Passages.Select(p => p.Text), again.Index.Passages.Select(p => p.Text));
    }

    [Fact]
    public async Task ASaveThatCannotMoveItsSnapshotIntoPlace_SaysSo_AndLeavesNoTemporaryFile()
    {
        using var corpus = new Corpus.TempCorpus()
            .With("a.md", "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n");
        var store = new IndexSnapshotStore(directory);
        var built = await new CorpusIndexLoader(new ChatBot.Corpus.FileCorpusSource(), TestCorpus.Plain, store).LoadAsync(corpus.Directory);
        var path = Directory.GetFiles(directory, "*.index").Single();
        File.Delete(path);

        // The snapshot is written whole to its temporary file, then cannot replace a folder standing at its path.
        Directory.CreateDirectory(path);
        var problem = store.TrySave(built.Index);

        Assert.StartsWith("index snapshot not saved in ", problem);
        Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
        Assert.True(Directory.Exists(path));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
