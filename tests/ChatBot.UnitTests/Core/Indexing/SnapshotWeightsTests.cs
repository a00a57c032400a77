using System.Runtime.InteropServices;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>Posting weights are stored as floats and coded as they are read: what the code's table must not let through.</summary>
public sealed class SnapshotWeightsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-weights-").FullName;

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(-1f)]
    [InlineData(-1e-30f)]
    public void TryLoad_RefusesASnapshot_WithANonFiniteOrNegativeWeight(float damage)
    {
        var (path, good, at) = Saved();
        var damaged = (byte[])good.Clone();
        BitConverter.TryWriteBytes(damaged.AsSpan(at + (4 * 123), 4), damage);
        File.WriteAllBytes(path, damaged);

        Assert.Null(new IndexSnapshotStore(directory).TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer));
    }

    /// <summary>A weight changed to another valid one loads (weights carry no checksum), coded with the new value.</summary>
    [Fact]
    public void TryLoad_CodesAChangedWeight_WithItsOwnValue()
    {
        var (path, good, at) = Saved();
        var damaged = (byte[])good.Clone();
        BitConverter.TryWriteBytes(damaged.AsSpan(at + (4 * 123), 4), 1234.5f);
        File.WriteAllBytes(path, damaged);

        var loaded = new IndexSnapshotStore(directory).TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);

        Assert.NotNull(loaded);
        var expected = TestCorpus.Index.Index.Arrays.PostingWeights.ToArray();
        expected[123] = 1234.5f;
        Assert.Equal(expected, loaded.Index.Arrays.PostingWeights.ToArray());
        Assert.True(loaded.Index.Arrays.PostingWeights.IsCoded);
        Assert.Equal(1234.5f, loaded.Index.Arrays.PostingWeights.Table[^1]);
    }

    /// <summary>The saved file and where its weights' bytes start (found by their bytes, which occur once).</summary>
    private (string Path, byte[] Bytes, int At) Saved()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var path = Directory.GetFiles(directory, "*.index").Single();
        var bytes = File.ReadAllBytes(path);
        var weights = MemoryMarshal.AsBytes(TestCorpus.Index.Index.Arrays.PostingWeights.ToArray().AsSpan()).ToArray();
        var at = bytes.AsSpan().IndexOf(weights);
        Assert.True(at > 0 && bytes.AsSpan(at + 1).IndexOf(weights) < 0);
        return (path, bytes, at);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
