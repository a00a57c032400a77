using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Host.AdminConsole;

namespace ChatBot.IntegrationTests.AdminConsole;

public sealed partial class TimelineSvgTests
{
    [Theory]
    [InlineData(2002, 2002, new[] { 2002 })]
    [InlineData(2001, 2004, new[] { 2001, 2002, 2003, 2004 })]
    [InlineData(1977, 2002, new[] { 1980, 1985, 1990, 1995, 2000 })]
    [InlineData(1950, 2020, new[] { 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020 })]
    public void Ticks_AreRoundYears_AtMostAboutTen(int first, int last, int[] expected) => Assert.Equal(expected, TimelineSvg.Ticks(first, last));

    [Fact]
    public void Draw_PutsOneDotPerEvent_StacksEventsOfTheSameYear_AndEncodesTheText()
    {
        TimelineEvent[] events = [Event(1978, "Taken <at night> & never returned."), Event(1978, "Another."), Event(2002, "The summit.")];

        var svg = TimelineSvg.Draw(events);

        var dots = CircleAt().Matches(svg).Select(m => (X: m.Groups[1].Value, Y: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3, dots.Count);
        Assert.Equal(dots[0].X, dots[1].X);
        Assert.True(dots[1].Y < dots[0].Y);
        Assert.NotEqual(dots[0].X, dots[2].X);
        Assert.Contains("Taken &lt;at night&gt; &amp; never returned.", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<at night>", svg, StringComparison.Ordinal);
        Assert.Contains("3 events from 1978 to 2002", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_WithoutEvents_IsAnEmptyAxisThatSaysSo()
    {
        var svg = TimelineSvg.Draw([]);

        Assert.Contains("Timeline: no events", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<circle", svg, StringComparison.Ordinal);
    }

    private static TimelineEvent Event(int year, string text) =>
        new(new EventDate(new PartialDate(year)), text, [new TimelineSource("a", "a#p1", 0, text.Length, text)], [], 0);

    [GeneratedRegex("<circle cx=\"([0-9.]+)\" cy=\"([0-9]+)\"")]
    private static partial Regex CircleAt();
}
