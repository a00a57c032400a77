using ChatBot.Discord.Rendering;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class TextClipperTests
{
    [Fact]
    public void Clip_LeavesShortTextAlone() => Assert.Equal("short", TextClipper.Clip("short", 10));

    [Fact]
    public void Clip_NeverSplitsAnEmojiSequence()
    {
        var clipped = TextClipper.Clip("ab👨‍👩‍👧cd", 6);

        Assert.Equal("ab…", clipped);
    }

    [Fact]
    public void Clip_DropsAHalfCitationMarker()
    {
        Assert.Equal("abcdefgh…", TextClipper.Clip("abcdefgh[12345]xyz", 13));
    }

    [Fact]
    public void Clip_NeverEndsInALoneEscape()
    {
        Assert.Equal("abcdef…", TextClipper.Clip("abcdef\\*\\*\\*", 8));
    }

    [Fact]
    public void Clip_PrefersTheEndOfASentence()
    {
        Assert.Equal("One sentence [1]. Two sentences [2].…", TextClipper.Clip("One sentence [1]. Two sentences [2]. Three sentences here [3].", 45));
    }
}
