using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// The articles section on its own, in every format it is read in: texts at the edges of the 16 KB blocks they share
/// (empty, one character, exactly a block, one byte over, UTF-16 after odd-length Latin-1, many blocks), and damage.
/// </summary>
public sealed class SnapshotArticlesTests
{
    private static string Latin(int n, char seed) => string.Concat(Enumerable.Range(0, n).Select(i => (char)('a' + ((i + seed) % 26))));
    private static string Wide(int n) => string.Concat(Enumerable.Range(0, n).Select(i => i % 3 == 0 ? '東' : (char)('A' + (i % 26))));

    private static readonly string[] Texts =
    [
        "", "x", Latin(16384, 'a'), "", Latin(16385, 'b'), Wide(8192), "é", Wide(8193), Latin(3, 'c'), Wide(1), Latin(16383, 'd'),
        Wide(1), "", Latin(16384 * 10 + 7, 'e'), Wide(40000), "tail",
    ];

    private static List<Article> Articles() => [.. Texts.Select((t, i) => new Article { Id = $"a{i}", Title = $"t{i}", Text = t, Blocks = [] })];

    private static byte[] Written(List<Article> articles, int format)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            SnapshotArticles.Write(writer, articles, format);
        }

        return stream.ToArray();
    }

    private static List<Article> Read(byte[] bytes, int format) => SnapshotArticles.Read(new SnapshotReader(new MemoryStream(bytes)), format);

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(IndexSnapshotFormat.Current)] // the packed section format 9 brought
    public void EveryText_ReadsBackExactly_AtEveryBlockEdge_WithoutItsNeighboursCharacters(int format)
    {
        var loaded = Read(Written(Articles(), format), format);
        for (var i = 0; i < Texts.Length; i++)
        {
            var text = Texts[i];
            var c = loaded[i].Content;
            Assert.Equal(text.Length, c.Length);
            Assert.Equal(text, c.Value);
            Assert.Equal(text, loaded[i].Text);
            var buf = new char[text.Length + 5];
            foreach (var at in new[] { 0, 1, text.Length - 1, text.Length, 8191, 8192, 8193, 16383, 16384, 16385, 32768 })
            {
                if (at < 0 || at > text.Length)
                {
                    continue;
                }

                Assert.Equal(text[at..], c.Slice(at, text.Length - at));
                Assert.Equal(text[..at], c.Slice(0, at));
                c.CopyTo(at, text.Length - at, buf);
                Assert.Equal(text[at..], new string(buf, 0, text.Length - at));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => c.Slice(text.Length, 1));
            if (text.Length > 0)
            {
                Assert.True(c.Contains(text[^1..]));
                Assert.False(c.Contains(text + "x"));
            }
        }

        // Contains must not match across the end of one text into the next one.
        for (var i = 0; i + 1 < Texts.Length; i++)
        {
            if (Texts[i].Length > 0 && Texts[i + 1].Length > 0)
            {
                var across = Texts[i][^1..] + Texts[i + 1][..1];
                Assert.Equal(Texts[i].Contains(across, StringComparison.Ordinal), loaded[i].Content.Contains(across));
            }
        }
    }

    [Fact]
    public void EveryOneBitFlip_OfAPackedSection_IsRefused_OrReadsTheSameArticles()
    {
        var articles = Articles().Where(a => a.Text.Length < 20000).ToList();
        var good = Written(articles, IndexSnapshotFormat.Current);
        var texts = articles.Select(a => a.Text).ToList();
        var (refused, same) = (0, 0);
        for (var bit = 0; bit < good.Length * 8; bit++)
        {
            var bad = (byte[])good.Clone();
            bad[bit / 8] ^= (byte)(1 << (bit % 8));
            List<Article> loaded;
            try
            {
                loaded = Read(bad, IndexSnapshotFormat.Current);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
            {
                refused++;
                continue;
            }

            Assert.Equal(texts, loaded.Select(a => a.Text));
            Assert.Equal(articles.Select(a => a.Id + a.Title), loaded.Select(a => a.Id + a.Title));
            same++;
        }

        Assert.True(refused > 0);
    }

    [Fact]
    public void AnyFourBytesSetToAHugeOrNegativeLength_IsRefused_OrReadsTheSameArticles()
    {
        var articles = Articles().Where(a => a.Text.Length < 20000).ToList();
        var good = Written(articles, IndexSnapshotFormat.Current);
        var texts = articles.Select(a => a.Text).ToList();
        foreach (var value in new[] { int.MaxValue, 0x7FFFFFF0, -1, 0x40000000, 1 << 20, 65536 })
        {
            for (var at = 0; at + 4 <= good.Length; at++)
            {
                var bad = (byte[])good.Clone();
                BitConverter.TryWriteBytes(bad.AsSpan(at, 4), value);
                try
                {
                    var loaded = Read(bad, IndexSnapshotFormat.Current);
                    Assert.Equal(texts, loaded.Select(a => a.Text));
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
                {
                }
            }
        }
    }

    [Fact]
    public void ManyThreads_ReadingTextsOfTheSameBlocks_OfTwoLoadedSections_EachGetTheirOwnCharacters()
    {
        // ~16 texts a block, and more blocks (two sections of ~190) than the decoded-block cache holds (128), so threads
        // decode blocks into the ways others are copying from: each read must get its own text's characters.
        var articles = Enumerable.Range(0, 3000)
            .Select(i => new Article { Id = $"a{i}", Title = "t", Text = $"article {i} " + Latin(1000 + (i % 50), (char)i) + (i % 7 == 0 ? "東" : ""), Blocks = [] })
            .ToList();
        var expected = articles.Select(a => a.Text).ToList();
        var first = Read(Written(articles, IndexSnapshotFormat.Current), IndexSnapshotFormat.Current);
        var second = Read(Written([.. articles.AsEnumerable().Reverse()], IndexSnapshotFormat.Current), IndexSnapshotFormat.Current);
        second.Reverse();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var random = new Random(t);
            var buffer = new char[200];
            for (var k = 0; k < 20000; k++)
            {
                var i = random.Next(expected.Count);
                var text = (k & 1) == 0 ? first[i].Content : second[i].Content;
                var start = random.Next(expected[i].Length - 100);
                var length = random.Next(101);
                text.CopyTo(start, length, buffer);
                Assert.True(expected[i].AsSpan(start, length).SequenceEqual(buffer.AsSpan(0, length)), $"text {i} [{start}, +{length}) read wrong");
            }
        });
    }
}
