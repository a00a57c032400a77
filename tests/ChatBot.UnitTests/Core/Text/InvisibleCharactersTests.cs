using System.Text;
using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Text;

public sealed class InvisibleCharactersTests
{
    /// <summary>
    /// Bidi overrides, embeddings and isolates, zero-width (non-)joiners, word joiner, invisible operators, soft hyphen,
    /// Mongolian vowel separator, private use, controls, tag characters, and lone surrogate halves (as UTF-16 units,
    /// since a lone half does not survive as a string in test data).
    /// </summary>
    [Theory]
    [InlineData(0x202E, 0x202D, 0x202A, 0x202B, 0x202C, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C)]
    [InlineData(0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x00AD, 0x180E, 0xE000, 0x0007, 0x001B, 0x0000)]
    [InlineData(0xD800, 0xDC00, 0xDBFF)]
    public void Remove_DropsEveryInvisibleCharacter(params int[] units)
    {
        foreach (var invisible in units.Select(u => ((char)u).ToString()).Append(char.ConvertFromUtf32(0xE0041)))
        {
            Assert.Equal("Kim Jong Il", InvisibleCharacters.Remove($"Kim{invisible} Jong{invisible} Il{invisible}"));
        }
    }

    [Theory]
    [InlineData("Tōkyō 東京 拉致 𠮷野家")]
    [InlineData("😀 👨👩👧 é")]
    [InlineData("tabs\tand\nnew lines\r\nstay")]
    public void Remove_KeepsVisibleTextAndWhitespace(string text)
    {
        Assert.Equal(text, InvisibleCharacters.Remove(text));
    }

    [Fact]
    public void TheCharAndRuneRules_Agree()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                Assert.Equal(InvisibleCharacters.IsInvisible((char)c), InvisibleCharacters.IsInvisible(new Rune(c)));
            }
        }
    }
}
