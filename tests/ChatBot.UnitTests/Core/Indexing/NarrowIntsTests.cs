using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

public sealed class NarrowIntsTests
{
    [Theory]
    [InlineData(new int[0], 1)]
    [InlineData(new[] { 0, 255 }, 1)]
    [InlineData(new[] { 0, 256 }, 2)]
    [InlineData(new[] { 65535, 3 }, 2)]
    [InlineData(new[] { 65536, 3 }, 4)]
    [InlineData(new[] { 1, -1 }, 4)]
    [InlineData(new[] { int.MaxValue }, 4)]
    [InlineData(new[] { int.MinValue, 7 }, 4)]
    public void Of_KeepsEveryValue_InTheNarrowestWidthThatHoldsThemAll(int[] values, int width)
    {
        var narrow = NarrowInts.Of(values);

        Assert.Equal(width, narrow.Width);
        Assert.Equal(values, narrow.ToArray());
        Assert.Equal(values, Enumerable.Range(0, narrow.Length).Select(i => narrow[i]));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(60_000)]
    [InlineData(1_000_000)]
    public void Slice_ReadsTheStoredValues_AtEveryWidth(int largest)
    {
        var random = new Random(largest);
        var values = Enumerable.Range(0, 500).Select(_ => random.Next(largest + 1)).Append(largest).ToArray();
        var narrow = NarrowInts.Of(values);

        for (var k = 0; k < 200; k++)
        {
            var start = random.Next(values.Length + 1);
            var length = random.Next(values.Length - start + 1);
            var span = narrow.Slice(start, length);

            Assert.Equal(values.AsSpan(start, length).ToArray(), span.ToArray());
            if (length > 0)
            {
                Assert.Equal(values[start + length - 1], span[^1]);
            }

            Assert.Throws<IndexOutOfRangeException>(() => narrow.Slice(start, length)[length]);
        }
    }

    [Fact]
    public void Join_PutsThePartsEndToEnd_AndWidensForAnyPart()
    {
        var joined = NarrowInts.Join([[1, 2], [], [70_000, 4], [5]]);

        Assert.Equal(4, joined.Width);
        Assert.Equal([1, 2, 70_000, 4, 5], joined.ToArray());
    }

    /// <summary>Many parts are joined in parallel ranges: the result must be the parts end to end, in the width of the widest.</summary>
    [Theory]
    [InlineData(200, 1)]
    [InlineData(60_000, 2)]
    [InlineData(-3, 4)]
    public void Join_OfManyParts_IsThePartsEndToEnd(int extreme, int width)
    {
        var random = new Random(width);
        var parts = Enumerable.Range(0, 20_000).Select(_ => Enumerable.Range(0, random.Next(6)).Select(_ => random.Next(100)).ToArray()).ToList();
        parts[random.Next(10_000, parts.Count)] = [extreme];

        var joined = NarrowInts.Join(parts);

        Assert.Equal(width, joined.Width);
        Assert.Equal(parts.SelectMany(part => part), joined.ToArray());
    }

    [Theory]
    [InlineData(new[] { 0, 9 }, 10, true)]
    [InlineData(new[] { 0, 10 }, 10, false)]
    [InlineData(new[] { 300, 9 }, 300, false)]
    [InlineData(new[] { 300, 9 }, 301, true)]
    [InlineData(new[] { 70_000 }, 70_000, false)]
    [InlineData(new[] { 70_000 }, 70_001, true)]
    [InlineData(new[] { -1, 3 }, 10, false)]
    [InlineData(new[] { 5 }, 0, false)]
    [InlineData(new int[0], 0, true)]
    public void AllIn_IsTrue_OnlyWhenEveryValueIsFromZeroToBelowTheBound(int[] values, int bound, bool expected) =>
        Assert.Equal(expected, NarrowInts.Of(values).AllIn(bound));

    [Theory]
    [InlineData(100)]
    [InlineData(40_000)]
    [InlineData(100_000)]
    public void Read_GivesBackWhatWriteWrote(int largest)
    {
        var values = Enumerable.Range(0, 1000).Select(i => i * 7919 % (largest + 1)).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            NarrowInts.Of(values).Write(writer);
        }

        stream.Position = 0;
        var read = NarrowInts.Read(new SnapshotReader(stream));

        Assert.Equal(NarrowInts.Of(values).Width, read.Width);
        Assert.Equal(values, read.ToArray());
    }

    [Fact]
    public void Read_Refuses_AWidthItDoesNotKnow()
    {
        using var stream = new MemoryStream([3, 0, 0, 0, 0]);

        Assert.Throws<InvalidDataException>(() => NarrowInts.Read(new SnapshotReader(stream)));
    }
}
