using System.Text;
using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

public sealed class WordTableTests
{
    private static readonly string[] Words =
    [
        "passage", "", "a", "café", "naïve", "αβγ", "東京", "😀smile", "high\uD800alone", "\uDC00low", "pair\uD83D\uDE00", "x" + new string('y', 600),
    ];

    [Fact]
    public void IndexOf_FindsEveryListedWord_AndNothingElse()
    {
        WordTable table = [.. Words];

        Assert.Equal(Words.Length, table.Count);
        for (var i = 0; i < Words.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(Words[i]));
            Assert.Equal(Words[i], table[i]);
        }

        foreach (var absent in new[] { "passages", "passag", "cafe", "cafè", "αβ", "東", "high\uFFFDalone", "high\uD800", "\uFFFDlow", "pair\uD83D", "x" + new string('y', 599), " ", "A" })
        {
            Assert.Equal(-1, table.IndexOf(absent));
        }
    }

    [Fact]
    public void IndexOf_GivesTheLaterNumber_WhenAWordIsListedTwice()
    {
        WordTable table = ["one", "two", "one", "three"];

        Assert.Equal(2, table.IndexOf("one"));
        Assert.Equal(1, table.IndexOf("two"));
        Assert.Equal(3, table.IndexOf("three"));
    }

    [Fact]
    public void OfBlock_ReadsWholeWords_AndRefusesAStartPastTheBlock()
    {
        var bytes = "abcd"u8.ToArray();

        var table = WordTable.OfBlock(bytes, [0, 2, 4]);

        Assert.NotNull(table);
        Assert.Equal(0, table.IndexOf("ab"));
        Assert.Equal(1, table.IndexOf("cd"));
        Assert.Null(WordTable.OfBlock(bytes, [0, 9, 4]));
        Assert.Null(WordTable.OfBlock(bytes, [0, 3, 2, 4]));
    }

    [Fact]
    public void AnEmptyTable_FindsNothing()
    {
        Assert.Empty(WordTable.Empty);
        Assert.Equal(-1, WordTable.Empty.IndexOf(""));
        Assert.Equal(-1, WordTable.Empty.IndexOf("word"));
    }

    [Fact]
    public void ManyNearWords_AreEachFoundUnderTheirOwnNumber()
    {
        // 20,000 words that differ in one or two characters: slots collide and share hash bits, only the bytes decide.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i:x}é").ToArray();
        var table = WordTable.Of(words);

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(words[i]));
        }

        Assert.All(Enumerable.Range(20_000, 2_000), i => Assert.Equal(-1, table.IndexOf($"w{i:x}é")));
        Assert.Equal(-1, table.IndexOf("w0e"));
    }

    [Fact]
    public void Chars_UsesTheScratch_OrAnArray_WhenTheWordIsLonger()
    {
        WordTable table = [.. Words];
        Span<char> scratch = stackalloc char[16];

        for (var i = 0; i < Words.Length; i++)
        {
            Assert.Equal(Words[i], table.Chars(i, scratch).ToString());
        }
    }

    [Fact]
    public void Write_WritesTheBytesThatStringsWrote_AndReadGivesWhatStringsRead()
    {
        var table = WordTable.Of(Words);
        var written = new MemoryStream();
        using (var writer = new BinaryWriter(written, Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
            writer.Write(7);
        }

        var expected = new MemoryStream();
        using (var writer = new BinaryWriter(expected, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Words);
            writer.Write(7);
        }

        Assert.Equal(expected.ToArray(), written.ToArray());

        written.Position = 0;
        var read = WordTable.Read(new SnapshotReader(written));
        expected.Position = 0;
        var strings = new SnapshotReader(expected).Strings();

        // A lone surrogate is stored as a replacement character: a loaded word is what a loaded string was.
        Assert.Equal(strings, read);
        Assert.Contains("high\uFFFDalone", read);
        Assert.All(strings.Select((word, i) => (word, i)), w => Assert.True(read.IndexOf(w.word) == w.i));
    }

    [Fact]
    public void Read_TakesBytesThatAreNotUtf8_AsAStringReadsThem()
    {
        var stored = new MemoryStream();
        using (var writer = new BinaryWriter(stored, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(2);
            writer.Write7BitEncodedInt(3);
            writer.Write(new byte[] { (byte)'a', 0xFF, (byte)'b' });
            writer.Write("ok");
        }

        stored.Position = 0;
        var read = WordTable.Read(new SnapshotReader(stored));

        Assert.Equal(["a\uFFFDb", "ok"], read);
        Assert.Equal(0, read.IndexOf("a\uFFFDb"));
    }
}
