using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.UnitTests.Corpus;

public sealed class PackedTextTests
{
    // Three blocks and a bit of Latin-1 (8 KB a block), and of UTF-16 (4,096 characters a block): reads cross block ends.
    private static readonly string Latin1 = Sentences(2600, "Fiancé naïveté Straße");
    private static readonly string Wide = Sentences(1400, "東京 Tōkyō — “quoted”");

    [Theory]
    [MemberData(nameof(Texts))]
    public void PackedText_ReadsExactlyAsTheString_AcrossBlockEnds(string text)
    {
        var packed = CompactText.Of(text).Packed();

        Assert.NotNull(packed);
        var compact = CompactText.Of(packed);
        Assert.True(packed.BlockCount > 2);
        Assert.True(packed.Data.Length < text.Length * packed.CharSize / 2);
        Assert.Same(packed, compact.Packed());
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.Value);
        var buffer = new char[300];
        foreach (var end in new[] { 1, 4096, 8191, 8192, 8193, 12288, 16384, text.Length })
        {
            foreach (var (start, length) in new[] { (end - 1, 1), (end - 150, 300), (end - 300, 300), (end, 0) })
            {
                var from = Math.Clamp(start, 0, text.Length);
                var count = Math.Min(length, text.Length - from);
                Assert.Equal(text.Substring(from, count), compact.Slice(from, count));
                compact.CopyTo(from, count, buffer);
                Assert.Equal(text.Substring(from, count), new string(buffer, 0, count));
            }
        }
    }

    public static TheoryData<string> Texts() => [Latin1, Wide];

    [Fact]
    public void PackedText_AnswersContainsAndNarrow_AsTheStringWould()
    {
        var narrow = CompactText.Of(CompactText.Of(Latin1).Packed()!);
        var wide = CompactText.Of(CompactText.Of(Wide).Packed()!);

        Assert.True(narrow.Contains(Latin1[8180..8200]));
        Assert.False(narrow.Contains("Straße!"));
        Assert.False(narrow.Contains("東京"));
        Assert.True(wide.Contains(Wide[4090..4100]));
        Assert.False(wide.Contains("Tokyo"));
        Assert.Equal(Encoding.Latin1.GetBytes(Latin1), narrow.Narrow);
        Assert.Null(wide.Narrow);
        Assert.Equal(CompactText.Of(Latin1), narrow);
    }

    [Fact]
    public void ShortTextThatDoesNotShrink_StaysAsItWas()
    {
        var compact = CompactText.Of("No repeats here.");

        Assert.Null(compact.Packed());
        Assert.Null(CompactText.Empty.Packed());
        Assert.Equal("No repeats here.", compact.Value);
    }

    [Fact]
    public void ManyPackedTexts_ReadInterleaved_EachGetsItsOwnBlocks()
    {
        // More blocks than the decoded-block cache holds, read in a scattered order, and one text of more blocks than the
        // cache has sets (so two of its blocks share a set): a cache keyed too loosely (by text alone, or by a slot two
        // texts share) would hand one text another's bytes, or one block another block's.
        var texts = Enumerable.Range(0, 400).Select(i => Sentences(900 + (i % 7), $"article {i} says {i * 31}")).Append(Sentences(60000, "long")).ToList();
        var compacts = texts.Select(t => CompactText.Of(CompactText.Of(t).Packed()!)).ToList();
        var random = new Random(16);
        for (var k = 0; k < 4000; k++)
        {
            var i = k % 2 == 0 ? texts.Count - 1 : random.Next(texts.Count);
            var start = random.Next(texts[i].Length - 40);
            Assert.Equal(texts[i].Substring(start, 40), compacts[i].Slice(start, 40));
        }
    }

    [Fact]
    public void Read_RejectsBlocksThatDoNotMatchTheText()
    {
        var packed = CompactText.Of(Latin1).Packed()!;
        var data = packed.Data.ToArray();

        Assert.Equal(Latin1, CompactText.Of(PackedText.Read(Latin1.Length, 1, packed.Ends, data)).Value);
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length + 9000, 1, packed.Ends, data));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 2, packed.Ends, data));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 1, [.. packed.Ends.Reverse()], data));
        var damaged = (byte[])data.Clone();
        damaged[0] ^= 0x5A; // the first block's first token: its literal and match lengths no longer add up to the block
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 1, packed.Ends, damaged));
    }

    private static string Sentences(int count, string words) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{words} {i % 97}. "));
}
