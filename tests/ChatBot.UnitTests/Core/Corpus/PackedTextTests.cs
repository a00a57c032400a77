using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.UnitTests.Corpus;

public sealed class PackedTextTests
{
    // Several 16 KB blocks of Latin-1 and of UTF-16 (8,192 characters a block): reads cross block ends.
    private static readonly string Latin1 = Sentences(5200, "Fiancé naïveté Straße");
    private static readonly string Wide = Sentences(2800, "東京 Tōkyō — “quoted”");

    [Theory]
    [MemberData(nameof(Texts))]
    public void PackedText_ReadsExactlyAsTheString_AcrossBlockEnds_AmongOtherTexts(string text)
    {
        // Texts before it and after it in the same blocks: a read that started from the wrong byte, or ran past its end,
        // would show their characters.
        var (compacts, packed) = Pack(["short one before. ", Wide[..333], text, "and one after it."]);
        var compact = compacts[2];

        Assert.True(packed.BlockCount > 2);
        Assert.True(packed.Data.Length < packed.Length / 2);
        Assert.True(compact.IsPacked);
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.Value);
        Assert.Equal("and one after it.", compacts[3].Value);
        var buffer = new char[300];
        foreach (var end in new[] { 1, 4096, 8191, 8192, 8193, 12288, 16384, 16385, 24576, text.Length })
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
        var (compacts, _) = Pack(["before", Latin1, "between", Wide, "after"]);
        var (narrow, wide) = (compacts[1], compacts[3]);

        Assert.True(narrow.Contains(Latin1[8180..8200]));
        Assert.False(narrow.Contains("Straße!"));
        Assert.False(narrow.Contains("between"));
        Assert.False(narrow.Contains("東京"));
        Assert.True(wide.Contains(Wide[4090..4100]));
        Assert.False(wide.Contains("Tokyo"));
        Assert.False(wide.Contains("after"));
        Assert.Equal(Encoding.Latin1.GetBytes(Latin1), narrow.Narrow);
        Assert.Null(wide.Narrow);
        Assert.Equal(CompactText.Of(Latin1), narrow);
        Assert.Equal(CompactText.Of(Wide), wide);
    }

    [Fact]
    public void SmallTexts_ShareBlocks_EachInOneBlock_AndUtf16StartsAtAnEvenByte()
    {
        var builder = new PackedTextBuilder(1024);
        var texts = Enumerable.Range(0, 300).Select(i => Sentences(3 + (i % 11), i % 5 == 0 ? $"wide 東 {i}" : $"abstract {i}")).ToList();
        var starts = new List<int>();
        foreach (var text in texts)
        {
            var compact = CompactText.Of(text);
            starts.Add(compact.PackInto(builder));
        }

        var packed = builder.Build(out var checksum)!;

        Assert.Equal(checksum, packed.Checksum());
        Assert.InRange(packed.BlockCount, 2, texts.Count / 3);
        for (var i = 0; i < texts.Count; i++)
        {
            var charSize = CompactText.Of(texts[i]).CharSize;
            var bytes = texts[i].Length * charSize;
            Assert.True(bytes > 1024 || starts[i] / 1024 == (starts[i] + bytes - 1) / 1024, $"text {i} straddles two blocks");
            Assert.True(charSize == 1 || starts[i] % 2 == 0, $"text {i} starts at an odd byte");
            Assert.Equal(texts[i], CompactText.In(packed, starts[i], texts[i].Length, charSize).Value);
        }
    }

    [Fact]
    public void ManyPackedTexts_ReadInterleaved_EachGetsItsOwnCharacters()
    {
        // More blocks than the decoded-block cache holds, in two packed texts, read in a scattered order, and one text of
        // more blocks than the cache has sets (so two of its blocks share a set): a cache keyed too loosely (by block
        // alone, or by a slot two packed texts share) would hand one text another's bytes.
        var texts = Enumerable.Range(0, 900).Select(i => Sentences(90 + (i % 7), $"article {i} says {i * 31}")).Append(Sentences(120000, "long")).ToList();
        var (first, _) = Pack(texts[..450]);
        var (second, _) = Pack(texts[450..]);
        var compacts = first.Concat(second).ToList();
        var random = new Random(16);
        for (var k = 0; k < 6000; k++)
        {
            var i = k % 2 == 0 ? texts.Count - 1 : random.Next(texts.Count);
            var start = random.Next(texts[i].Length - 40);
            Assert.Equal(texts[i].Substring(start, 40), compacts[i].Slice(start, 40));
        }
    }

    [Fact]
    public void Read_RejectsBlocksThatDoNotMatchTheText()
    {
        var builder = new PackedTextBuilder();
        builder.Add(Encoding.Latin1.GetBytes(Latin1), 1);
        var packed = builder.Build(out var checksum)!;
        var (ends, data) = (packed.Ends.ToArray(), packed.Data.ToArray());

        Assert.Equal(Latin1, CompactText.In(PackedText.Read(packed.BlockBytes, packed.Length, ends, data, checksum), 0, Latin1.Length, 1).Value);
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes, packed.Length + 20000, ends, data, checksum));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes / 2, packed.Length, ends, data, checksum));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes + 8, packed.Length, ends, data, checksum));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes, packed.Length, [.. ends.Reverse()], data, checksum));
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes, packed.Length, ends, data, checksum ^ 1));
        var damaged = (byte[])data.Clone();
        damaged[0] ^= 0x5A; // the first block's first token: its literal and match lengths no longer add up to the block
        Assert.Throws<InvalidDataException>(() => PackedText.Read(packed.BlockBytes, packed.Length, ends, damaged, checksum));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WithTheChecksum_RefusesEveryOneBitFlip_ThatChangesTheText(bool wide)
    {
        // Several blocks of several texts, so flips land in every block, in the padding and in the boundaries between them.
        var texts = Enumerable.Range(0, 40).Select(i => Sentences(20 + (i % 9), wide ? $"Kim Jong Il 金正日 said {i}" : $"Kim Jong Il said in Pyongyang {i}")).ToList();
        var builder = new PackedTextBuilder(2048);
        var starts = texts.Select(t => CompactText.Of(t).PackInto(builder)).ToList();
        var packed = builder.Build(out var checksum)!;
        Assert.True(packed.BlockCount >= 4);
        var (ends, data) = (packed.Ends.ToArray(), packed.Data.ToArray());
        var charSize = wide ? 2 : 1;
        var (refused, unchanged) = (0, 0);
        for (var bit = 0; bit < data.Length * 8; bit += 3)
        {
            var damaged = (byte[])data.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            try
            {
                var read = PackedText.Read(packed.BlockBytes, packed.Length, ends, damaged, checksum);
                Assert.Equal(texts, texts.Select((t, i) => CompactText.In(read, starts[i], t.Length, charSize).Value));
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
    public void In_RefusesAPlaceOutsideThePackedText_OrUtf16AtAnOddByte()
    {
        var (_, packed) = Pack(["one text", "東京 and another"]);

        Assert.Equal("", CompactText.In(packed, packed.Length, 0, 1).Value);
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, packed.Length - 3, 4, 1));
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, packed.Length - 4, 3, 2));
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, -1, 4, 1));
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, 0, -1, 1));
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, 1, 2, 2));
        Assert.Throws<InvalidDataException>(() => CompactText.In(packed, 0, 2, 3));
    }

    [Fact]
    public void SliceAndCopyTo_PastTheEnd_Throw_InsteadOfReadingTheNextText()
    {
        // The next text lies in the same block, right after this one: an unchecked read past the end would return it.
        var text = Sentences(30, "short one");
        var (compacts, _) = Pack([Sentences(40, "other before"), text, Sentences(40, "other after")]);
        var compact = compacts[1];
        var buffer = new char[10];

        Assert.Equal(text[^10..], compact.Slice(text.Length - 10, 10));
        Assert.Equal("", compact.Slice(text.Length, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(text.Length + 20, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(text.Length - 5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.Slice(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(text.Length + 20, 10, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(text.Length - 5, 10, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => compact.CopyTo(3, -1, buffer));
    }

    /// <summary>The texts packed one after another (as a snapshot packs an index's articles), each read back as it is placed.</summary>
    private static (List<CompactText> Texts, PackedText Packed) Pack(IReadOnlyList<string> texts)
    {
        var builder = new PackedTextBuilder();
        var places = texts.Select(t => CompactText.Of(t)).Select(c => (c.PackInto(builder), c.Length, c.CharSize)).ToList();
        var packed = builder.Build(out _)!;
        return ([.. places.Select(p => CompactText.In(packed, p.Item1, p.Length, p.CharSize))], packed);
    }

    private static string Sentences(int count, string words) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{words} {i % 97}. "));
}
