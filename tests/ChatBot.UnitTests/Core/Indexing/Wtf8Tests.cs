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
            var key = Convert.ToHexString(bytes);
            Assert.Equal(text, seen.TryGetValue(key, out var earlier) ? earlier : seen[key] = text);
        }
    }

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
