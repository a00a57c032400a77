using System.Text;
using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

public sealed class Wtf8Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("café naïve")]
    [InlineData("αβγ 東京")]
    [InlineData("emoji 😀 pair")]
    [InlineData("\u0000\u007F\u0080\u07FF\u0800\uFFFF")]
    public void AValidString_EncodesAsItsUtf8_AndDecodesBack(string text)
    {
        var bytes = Encode(text);

        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
        Assert.Equal(text, Decode(bytes));
    }

    [Fact]
    public void EveryString_DecodesBackExactly_AndDifferentStringsEncodeDifferently()
    {
        // Units chosen to hit every width and every surrogate case, lone ones included.
        char[] units = ['a', 'Z', '\u00E9', '\u07FF', '\u0800', '\u6771', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFD', '\uFFFF'];
        var random = new Random(16);
        var seen = new Dictionary<string, string>();
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => units[random.Next(units.Length)])]);
            var bytes = Encode(text);
            Assert.Equal(text, Decode(bytes));
            Assert.True(Wtf8.IsWellFormed(bytes));
            var key = Convert.ToHexString(bytes);
            Assert.Equal(text, seen.TryGetValue(key, out var earlier) ? earlier : seen[key] = text);
        }
    }

    [Fact]
    public void ABlockThatIsWellFormed_IsWhatSomeStringEncodesTo()
    {
        // Encoded units cut, joined and changed at random: whatever passes decodes to a string that encodes back to it.
        byte[][] pieces = [[0x61], [0xC3, 0xA9], [0xE6, 0x9D, 0xB1], [0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0], [0xFF], [0xE0], [0xF4, 0x90]];
        var random = new Random(12);
        var (passed, refused) = (0, 0);
        for (var n = 0; n < 50_000; n++)
        {
            var bytes = Enumerable.Range(0, random.Next(1, 5)).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray();
            if (random.Next(4) == 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (Wtf8.IsWellFormed(bytes))
            {
                Assert.Equal(bytes, Encode(Decode(bytes)));
                passed++;
            }
            else
            {
                refused++;
            }
        }

        Assert.True(passed > 10_000 && refused > 10_000, $"{passed} passed, {refused} refused");
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })] // cut off
    [InlineData(new byte[] { 0x61, 0xE6, 0x9D })] // cut off
    [InlineData(new byte[] { 0x80 })] // a continuation alone
    [InlineData(new byte[] { 0xC0, 0x80 })] // overlong
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })] // overlong
    [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0x80 })] // overlong
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80 })] // a pair as two lone surrogates: Encode writes it as four bytes
    public void ABlockNoStringEncodesTo_IsNotWellFormed(byte[] bytes) => Assert.False(Wtf8.IsWellFormed(bytes));

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a lone high surrogate
    [InlineData(new byte[] { 0xED, 0xB0, 0x80, 0xED, 0xA0, 0x80 })] // low then high: two lone ones
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, 0x61, 0xED, 0xB0, 0x80 })]
    public void LoneSurrogates_AreWellFormed(byte[] bytes) => Assert.True(Wtf8.IsWellFormed(bytes));

    private static byte[] Encode(string text)
    {
        var buffer = new byte[Wtf8.MaxBytes(text.Length)];
        return buffer[..Wtf8.Encode(text, buffer)];
    }

    private static string Decode(byte[] bytes)
    {
        var buffer = new char[bytes.Length];
        return new string(buffer, 0, Wtf8.Decode(bytes, buffer));
    }
}
