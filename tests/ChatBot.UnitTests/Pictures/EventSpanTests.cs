using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;
using ChatBot.Pictures;

namespace ChatBot.UnitTests.Pictures;

public sealed class EventSpanTests
{
    [Fact]
    public void From_ADay_IsOneDayOfItsYear()
    {
        var span = EventSpan.From(new EventDate(new PartialDate(2002, 9, 17)));

        Assert.Equal(2002 + (259.0 / 365), span.Start, 6);
        Assert.Equal(1.0 / 365, span.End - span.Start, 6);
    }

    [Fact]
    public void From_AMonth_IsATwelfthOfItsYear()
    {
        var span = EventSpan.From(new EventDate(new PartialDate(1978, 7)));

        Assert.Equal(1978.5, span.Start, 6);
        Assert.Equal(1978 + (7.0 / 12), span.End, 6);
    }

    [Theory]
    [InlineData(2004, 0, false, 2004, 2005)]
    [InlineData(1970, 0, true, 1970, 1980)]
    [InlineData(1977, 0, true, 1970, 1980)]
    [InlineData(2014, 2016, false, 2014, 2017)]
    [InlineData(1970, 1980, true, 1970, 1990)]
    public void From_AYearADecadeOrARange_SpansTheTimeItCovers(int start, int end, bool decade, double from, double to)
    {
        var span = EventSpan.From(new EventDate(new PartialDate(start), end == 0 ? null : new PartialDate(end), decade));

        Assert.Equal(from, span.Start, 6);
        Assert.Equal(to, span.End, 6);
    }

    [Theory]
    [InlineData(DateQualifier.Before, -1)]
    [InlineData(DateQualifier.By, -1)]
    [InlineData(DateQualifier.Until, -1)]
    [InlineData(DateQualifier.Since, 1)]
    [InlineData(DateQualifier.After, 1)]
    [InlineData(DateQualifier.On, 0)]
    [InlineData(DateQualifier.Late, 0)]
    public void From_AQualifiedDate_PointsTheWayTheWordSays(DateQualifier qualifier, int direction) =>
        Assert.Equal(direction, EventSpan.From(new EventDate(new PartialDate(2002), Qualifier: qualifier)).Direction);

    [Fact]
    public void From_AnInferredDate_IsMarkedInferred() =>
        Assert.True(EventSpan.From(new EventDate(new PartialDate(2017), Inferred: true)).Inferred);

    [Fact]
    public void Scale_FromTheNineteenFiftiesToNow_HasTicksEveryTenYears()
    {
        var scale = ChartScale.For([new EventSpan(1953, 1954, 1, false), new EventSpan(2018.3, 2018.4, 0, true)], 64, 1136);

        Assert.Equal((1950, 2020, 10), (scale.FirstYear, scale.LastYear, scale.Step));
        Assert.Equal(64, scale.X(1950), 3);
        Assert.Equal(1136, scale.X(2020), 3);
        Assert.Equal([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020], scale.Ticks());
    }

    [Fact]
    public void Scale_OneYear_StillHasAWidth()
    {
        var scale = ChartScale.For([new EventSpan(2002.7, 2002.71, 0, false)], 0, 100);

        Assert.True(scale.LastYear > scale.FirstYear);
        Assert.InRange(scale.X(2002.7), 0, 100);
    }
}
