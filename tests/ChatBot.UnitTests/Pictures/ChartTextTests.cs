using ChatBot.Pictures;

namespace ChatBot.UnitTests.Pictures;

public sealed class ChartTextTests
{
    // Every character is 10 pixels wide.
    private static float Measure(string text) => text.Length * 10;

    [Fact]
    public void Wrap_BreaksAtSpaces_WithinTheWidth()
    {
        var lines = ChartText.Wrap("one two three four five", 100, 3, Measure);

        Assert.Equal(["one two", "three four", "five"], lines);
        Assert.All(lines, l => Assert.True(Measure(l) <= 100));
    }

    [Fact]
    public void Wrap_TooMuchText_EndsTheLastLineWithAnEllipsis()
    {
        var lines = ChartText.Wrap("one two three four five six seven eight", 100, 2, Measure);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith(ChartText.Ellipsis, lines[1], StringComparison.Ordinal);
        Assert.True(Measure(lines[1]) <= 100);
    }

    [Fact]
    public void Wrap_AWordWiderThanALine_IsCut()
    {
        var line = Assert.Single(ChartText.Wrap("abcdefghijklmnopqrstuvwxyz", 100, 1, Measure));

        Assert.Equal("abcdefghi" + ChartText.Ellipsis, line);
    }

    [Fact]
    public void Clean_MakesOneLine_AndMarksCharactersTheFontLacks()
    {
        var text = ChartText.Clean("Kim\u00A0Jong\u200BIl\n said 拉致 \t here", c => c < 0x3000);

        Assert.Equal("Kim JongIl said ?? here", text);
    }
}
