using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

public sealed class ChunkWriterTests
{
    [Fact]
    public void Keep_GivesEachArrayAPlaceOfItsOwn_ThroughWritersThatHandChunksOn()
    {
        var pool = new ChunkPool<int>();
        var writers = Enumerable.Range(0, 3).Select(_ => pool.Writer()).ToArray();
        var random = new Random(16);
        var written = new List<(int[] Values, ArraySegment<int> Kept)>();
        for (var k = 0; k < 3_000; k++)
        {
            // Mostly passage-sized arrays, some empty, a few longer than a chunk.
            var length = random.Next(20) switch
            {
                0 => 0,
                1 => ChunkPool<int>.ChunkLength + random.Next(-2, 3),
                _ => random.Next(1, 400),
            };
            var values = Enumerable.Range(0, length).Select(_ => random.Next()).ToArray();
            var writer = writers[random.Next(writers.Length)];
            written.Add((values, writer.Keep(values)));
            if (random.Next(4) == 0)
            {
                writer.Release();
            }
        }

        foreach (var (values, kept) in written)
        {
            Assert.Equal(values, kept.ToArray());
        }
    }

    [Fact]
    public void Reserve_LeavesRoomTheNextReserveDoesNotShare()
    {
        var writer = new ChunkPool<float>().Writer();

        var first = writer.Reserve(3);
        var second = writer.Reserve(ChunkPool<float>.ChunkLength - 3);
        var third = writer.Reserve(1);

        Assert.Equal(3, first.Count);
        Assert.Same(first.Array, second.Array);
        Assert.Equal(first.Offset + 3, second.Offset);
        Assert.NotSame(second.Array, third.Array);
        Assert.Equal(0, writer.Reserve(0).Count);
    }
}
