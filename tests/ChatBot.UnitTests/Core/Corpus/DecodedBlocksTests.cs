using System.Runtime.CompilerServices;
using ChatBot.Core.Corpus;

namespace ChatBot.UnitTests.Corpus;

public sealed class DecodedBlocksTests
{
    [Fact]
    public void AnIndexNoLongerInUse_IsNotKeptAlive_ByTheSharedCaches()
    {
        // A corpus refresh loads a new index and drops the old one. The decoded-block cache and the widened-text cache are
        // static; an entry that held the old packed text itself would keep the whole old corpus's text in memory (one
        // packed text holds every article's), long after the index is gone.
        var dropped = ReadAndDrop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(dropped.IsAlive, "the shared caches keep a dropped index's packed text alive");
    }

    [Fact]
    public void TheWidenedTextCache_TellsApartTextsAtTheSamePlace_OfTwoPackedTexts_AndTwoPlacesOfOne()
    {
        // Widened texts are kept by place rather than by reference: two indexes (an old and a reloaded one) hold texts
        // at the same bytes of their own packed text, and one packed text holds texts of the same length one after
        // another. Many of each, so some land in the cache slot of the first one read.
        string[] first = ["alpha beta gamma delta.", "epsilon zeta eta theta iota"];
        string[] second = ["ALPHA BETA GAMMA DELTA!", "EPSILON ZETA ETA THETA IOTA"];
        var (a, b) = (Packed(first), Packed(second));
        var text = CompactText.In(a.Packed, a.Starts[0], first[0].Length, 1);
        Assert.Equal(first[0], text.Value);
        for (var i = 0; i < 1024; i++)
        {
            var other = i % 3 == 0
                ? CompactText.In(b.Packed, b.Starts[0], second[0].Length, 1)
                : CompactText.In(a.Packed, a.Starts[1], first[0].Length, 1);
            Assert.Equal(i % 3 == 0 ? second[0] : first[1][..first[0].Length], other.Value);
            Assert.Equal(first[0], text.Value);
        }
    }

    private static (PackedText Packed, List<int> Starts) Packed(string[] texts)
    {
        var builder = new PackedTextBuilder();
        var starts = texts.Select(t => CompactText.Of(t).PackInto(builder)).ToList();
        return (builder.Build(out _)!, starts);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ReadAndDrop()
    {
        var builder = new PackedTextBuilder();
        var texts = Enumerable.Range(0, 200).Select(i => string.Concat(Enumerable.Repeat($"article {i} of a corpus that is refreshed. ", 20))).ToList();
        var places = texts.Select(t => CompactText.Of(t)).Select(c => (c.PackInto(builder), c.Length)).ToList();
        var packed = builder.Build(out _)!;
        var buffer = new char[40];
        for (var i = 0; i < texts.Count; i++)
        {
            var compact = CompactText.In(packed, places[i].Item1, places[i].Length, 1);
            Assert.Equal(texts[i][..40], compact.Slice(0, 40));
            compact.CopyTo(10, 40, buffer);
            Assert.Equal(texts[i], compact.Value);
        }

        return new WeakReference(packed);
    }
}
