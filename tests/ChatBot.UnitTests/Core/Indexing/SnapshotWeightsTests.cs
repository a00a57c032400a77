using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// Posting weights in a format-10 snapshot are stored as the index holds them (the table and the codes, or the floats):
/// read back to the bit, and what the table and codes must not let through.
/// </summary>
public sealed class SnapshotWeightsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-weights-").FullName;

    [Fact]
    public void ACodedIndex_RoundTripsThroughASnapshot_StoredAsItsCodes_WithEveryWeightEqualToTheBit()
    {
        var built = TestCorpus.Synthetic;
        var weights = built.Index.Arrays.PostingWeights;
        Assert.True(weights.IsCoded);

        var (loaded, file) = SavedAndLoaded(built);

        Assert.True(loaded.IsCoded);
        Assert.Equal(weights.Table.Select(Bits), loaded.Table.Select(Bits));
        Assert.Equal(weights.Codes, loaded.Codes);
        Assert.Equal(weights.ToArray().Select(Bits), loaded.ToArray().Select(Bits));
        Assert.True(file.AsSpan().IndexOf(SnapshotWeightsSection.Of(weights)) > 0, "the weights are not stored as the table and the codes");
    }

    [Fact]
    public void AnUncodedIndex_MoreDistinctWeightsThanACodeNames_RoundTripsThroughASnapshot_AsItsFloats_ToTheBit()
    {
        var synthetic = TestCorpus.Synthetic;
        // Each weight moved by its own few ulps: every one stays finite and positive, and most become distinct.
        var floats = synthetic.Index.Arrays.PostingWeights.ToArray();
        for (var k = 0; k < floats.Length; k++)
        {
            floats[k] = BitConverter.Int32BitsToSingle(Bits(floats[k]) + (k % 100_003));
        }

        Assert.True(floats.Select(Bits).Distinct().Count() > PostingWeights.MaxTable);
        Assert.False(PostingWeights.Of(floats).IsCoded);
        var arrays = synthetic.Index.Arrays with { PostingWeights = PostingWeights.Uncoded(floats) };
        var uncoded = new CorpusIndex(synthetic.Fingerprint, synthetic.Articles, synthetic.Passages, new InvertedIndex(arrays), synthetic.Timeline, synthetic.Rejected, synthetic.Analyzer);

        var (loaded, file) = SavedAndLoaded(uncoded);

        Assert.False(loaded.IsCoded);
        Assert.Equal(floats.Select(Bits), loaded.ToArray().Select(Bits));
        Assert.True(file.AsSpan().IndexOf(SnapshotWeightsSection.Of(arrays.PostingWeights)) > 0, "the weights are not stored as their floats");
    }

    public enum Damage
    {
        NaN,
        Infinity,
        Negative,
        CodeOutOfTheTable,
        TableOutOfOrder,
        TableEntryTwice,
        TableEntryNoPostingUses,
        UnknownLayoutFlag,
    }

    [Theory]
    [InlineData(Damage.NaN)]
    [InlineData(Damage.Infinity)]
    [InlineData(Damage.Negative)]
    [InlineData(Damage.CodeOutOfTheTable)]
    [InlineData(Damage.TableOutOfOrder)]
    [InlineData(Damage.TableEntryTwice)]
    [InlineData(Damage.TableEntryNoPostingUses)]
    [InlineData(Damage.UnknownLayoutFlag)]
    public void ASnapshot_WithDamagedCodesOrTable_IsRefused_WithTheOneLineError(Damage damage)
    {
        var index = TestCorpus.Synthetic;
        var weights = index.Index.Arrays.PostingWeights;
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(index));
        var path = Directory.GetFiles(directory, "*.index").Single();
        var damaged = File.ReadAllBytes(path);
        var section = SnapshotWeightsSection.Find(damaged, weights);
        var table = section + 1 + sizeof(int);
        var codes = table + (4 * weights.Table.Length) + sizeof(int);
        var once = OnceUsedCode(weights);
        _ = damage switch
        {
            Damage.NaN => BitConverter.TryWriteBytes(damaged.AsSpan(table + (4 * 17)), float.NaN),
            Damage.Infinity => BitConverter.TryWriteBytes(damaged.AsSpan(table + (4 * (weights.Table.Length - 1))), float.PositiveInfinity),
            Damage.Negative => BitConverter.TryWriteBytes(damaged.AsSpan(table), -1f),
            Damage.CodeOutOfTheTable => BitConverter.TryWriteBytes(damaged.AsSpan(codes + (2 * 1234)), (ushort)weights.Table.Length),
            Damage.TableOutOfOrder => BitConverter.TryWriteBytes(damaged.AsSpan(table + (4 * 5)), weights.Table[7]),
            Damage.TableEntryTwice => BitConverter.TryWriteBytes(damaged.AsSpan(table + (4 * 6)), weights.Table[5]),
            Damage.TableEntryNoPostingUses => BitConverter.TryWriteBytes(damaged.AsSpan(codes + (2 * once)), (ushort)(weights.Codes[once] == 0 ? 1 : 0)),
            _ => (damaged[section] = 2) == 2,
        };
        File.WriteAllBytes(path, damaged);

        Assert.Null(store.TryLoad(index.Fingerprint, index.Analyzer));
        var refused = Assert.Throws<InvalidDataException>(() => IndexSnapshotFormat.Read(new MemoryStream(damaged), index.Fingerprint, index.Analyzer));
        Assert.Equal("snapshot index arrays are malformed", refused.Message);
    }

    /// <summary>A posting whose code no other posting has: changing it leaves a table entry no posting uses.</summary>
    private static int OnceUsedCode(PostingWeights weights)
    {
        var uses = new int[weights.Table.Length];
        foreach (var code in weights.Codes)
        {
            uses[code]++;
        }

        var posting = Array.FindIndex(weights.Codes, code => uses[code] == 1);
        Assert.True(posting >= 0, "every code is used more than once");
        return posting;
    }

    private (PostingWeights Loaded, byte[] File) SavedAndLoaded(CorpusIndex index)
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(index));
        var loaded = store.TryLoad(index.Fingerprint, index.Analyzer);
        Assert.NotNull(loaded);
        Assert.False(loaded.FromOlderSnapshot);
        return (loaded.Index.Arrays.PostingWeights, File.ReadAllBytes(Directory.GetFiles(directory, "*.index").Single()));
    }

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
