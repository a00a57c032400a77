using System.Runtime.InteropServices;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class PostingWeightsTests
{
    /// <summary>
    /// More values than one coding range (so the distinct values are found by several threads), repeats of a few thousand
    /// weights plus zero, subnormals and the largest float: read back through the table to the bit, from a sorted table
    /// that holds each distinct value once.
    /// </summary>
    [Fact]
    public void Of_CodesWeightsThatFitATable_AndReadsEachBackToTheBit()
    {
        var random = new Random(11);
        var distinct = Enumerable.Range(0, 3000).Select(_ => (float)(random.NextDouble() * 4)).Concat([0f, float.Epsilon, 1e-40f, float.MaxValue]).ToArray();
        var weights = Enumerable.Range(0, 600_000).Select(_ => distinct[random.Next(distinct.Length)]).ToArray();

        var coded = PostingWeights.Of(weights);

        Assert.True(coded.IsCoded);
        Assert.Equal(weights.Select(Bits).Distinct().Order(), coded.Table.Select(Bits));
        Assert.Equal(weights.Select(Bits), coded.ToArray().Select(Bits));
        Assert.Equal(weights.Select(Bits), Enumerable.Range(0, weights.Length).Select(k => Bits(coded[k])));
        foreach (var (start, length) in new[] { (0, 0), (0, 1), (12_345, 700), (weights.Length - 3, 3) })
        {
            Assert.Equal(weights.AsSpan(start, length).ToArray().Select(Bits), coded.Slice(start, length).ToArray().Select(Bits));
        }
    }

    /// <summary>Exactly as many distinct values as a code names are coded; one more and the floats are kept.</summary>
    [Theory]
    [InlineData(PostingWeights.MaxTable, true)]
    [InlineData(PostingWeights.MaxTable + 1, false)]
    public void Of_KeepsTheFloats_WhenTheDistinctWeightsDoNotFitATable(int distinct, bool coded)
    {
        var weights = Enumerable.Range(0, distinct).Select(i => i / 7f).Concat(Enumerable.Range(0, 300_000).Select(i => (i % 5) / 7f)).ToArray();

        var kept = PostingWeights.Of(weights);

        Assert.Equal(coded, kept.IsCoded);
        Assert.Equal(weights.Select(Bits), kept.ToArray().Select(Bits));
        Assert.Equal(weights.Select(Bits), kept.Slice(0, weights.Length).ToArray().Select(Bits));
        Assert.Equal(weights.Select(Bits).Distinct().Order(), kept.Distinct.ToArray().Select(Bits).Distinct().Order());
    }

    /// <summary>Written as the floats formats 6 and 8 stored, whether coded or not (their tests write such files).</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WriteFloats_WritesTheFloats_CountFirst(bool coded)
    {
        var weights = Enumerable.Range(0, 5000).Select(i => (i % 37) / 3f).ToArray();
        var kept = coded ? PostingWeights.Of(weights) : PostingWeights.Uncoded(weights);
        Assert.Equal(coded, kept.IsCoded);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            kept.WriteFloats(writer);
        }

        Assert.Equal(BitConverter.GetBytes(weights.Length).Concat(MemoryMarshal.AsBytes(weights.AsSpan()).ToArray()), stream.ToArray());
    }

    /// <summary>
    /// Written as kept (a flag, then the table and the codes, or the floats) and read back as kept: the same codes and
    /// table, or the same floats, to the bit, and nothing left unread.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_ThenRead_GivesBackTheCodesAndTable_OrTheFloats_AsTheyWereKept(bool coded)
    {
        var weights = Enumerable.Range(0, 5000).Select(i => (i % 37) / 3f).Append(float.Epsilon).Append(-0f).ToArray();
        var kept = coded ? PostingWeights.Of(weights) : PostingWeights.Uncoded(weights);
        Assert.Equal(coded, kept.IsCoded);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            kept.Write(writer);
        }

        byte[] expected = coded
            ? [1, .. BitConverter.GetBytes(kept.Table.Length), .. MemoryMarshal.AsBytes(kept.Table.AsSpan()), .. BitConverter.GetBytes(weights.Length), .. MemoryMarshal.AsBytes(kept.Codes.AsSpan())]
            : [0, .. BitConverter.GetBytes(weights.Length), .. MemoryMarshal.AsBytes(weights.AsSpan())];
        Assert.Equal(expected, stream.ToArray());
        stream.Position = 0;
        var reader = new SnapshotReader(stream);
        var read = PostingWeights.Read(reader);

        Assert.True(reader.AtEnd);
        Assert.Equal(coded, read.IsCoded);
        Assert.Equal(kept.Table.Select(Bits), read.Table.Select(Bits));
        Assert.Equal(kept.Codes, read.Codes);
        Assert.Equal(weights.Select(Bits), read.ToArray().Select(Bits));
    }

    /// <summary>A built corpus's weights are coded, and the table is the distinct weights the build computed.</summary>
    [Fact]
    public void ABuiltIndex_CodesItsWeights_WithATableOfTheDistinctOnes()
    {
        var weights = TestCorpus.Synthetic.Index.Arrays.PostingWeights;

        Assert.True(weights.IsCoded);
        Assert.Equal(weights.ToArray().Select(Bits).Distinct().Order(), weights.Table.Select(Bits));
    }

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);
}
