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

        Assert.Equal(Latin1, CompactText.Of(PackedText.Read(Latin1.Length, 1, packed.Ends, data, packed.Checksum())).Value);
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length + 9000, 1, packed.Ends, data, null));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 2, packed.Ends, data, null));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 1, [.. packed.Ends.Reverse()], data, null));
        var damaged = (byte[])data.Clone();
        damaged[0] ^= 0x5A; // the first block's first token: its literal and match lengths no longer add up to the block
        Assert.Throws<InvalidDataException>(() => PackedText.Read(Latin1.Length, 1, packed.Ends, damaged, null));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WithTheChecksum_RefusesEveryOneBitFlip_ThatChangesTheText(bool wide)
    {
        // Several blocks, so flips land in every block and in the boundaries between them.
        var text = Sentences(330, wide ? "Kim Jong Il 金正日 said" : "Kim Jong Il said in Pyongyang");
        var packed = CompactText.Of(text).Packed()!;
        Assert.True(packed.BlockCount >= 2);
        var data = packed.Data.ToArray();
        var (refused, unchanged) = (0, 0);
        for (var bit = 0; bit < data.Length * 8; bit += 3)
        {
            var damaged = (byte[])data.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            try
            {
                var read = CompactText.Of(PackedText.Read(text.Length, packed.CharSize, packed.Ends, damaged, packed.Checksum()));
                Assert.Equal(text, read.Value);
                unchanged++;
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        Assert.True(refused > unchanged, $"{refused} refused, {unchanged} read unchanged");
    }

    [Fact]
    public void SliceAndCopyTo_PastTheEnd_Throw_InsteadOfReadingAnotherTextsBlock()
    {
        var others = Enumerable.Range(0, 50).Select(i => CompactText.Of(CompactText.Of(Sentences(400, $"other {i}")).Packed()!)).ToList();
        _ = others.Select(o => o.Slice(0, 100)).ToList();
        var text = Sentences(30, "short one");
        var compact = CompactText.Of(CompactText.Of(text).Packed()!);
        var buffer = new char[10];

        Assert.Equal(text[^10..], compact.Slice(text.Length - 10, 10));
        Assert.Equal("", compact.Slice(text.Length, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(text.Length + 20, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(text.Length - 5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(text.Length + 20, 10, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(3, -1, buffer));
    }

    private static string Sentences(int count, string words) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{words} {i % 97}. "));
}
