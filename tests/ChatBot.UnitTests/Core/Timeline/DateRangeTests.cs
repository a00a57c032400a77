using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class DateRangeTests
{
    private static readonly EventDate JulyToAugust1978 = new(new PartialDate(1978, 7), new PartialDate(1978, 8));

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, true)]
    [InlineData(6, false)]
    [InlineData(9, false)]
    public void ASpanOfMonths_IsInAMonthRange_WhenItOverlapsIt(int month, bool contained)
    {
        Assert.Equal(contained, new DateRange(1978, 1978, month, month).Contains(JulyToAugust1978));
    }

    [Fact]
    public void AYearRangeOrAnEventKnownOnlyToTheYear_IsNotInAMonthRange()
    {
        Assert.False(new DateRange(2014, 2014, 5, 5).Contains(new EventDate(new PartialDate(2014), new PartialDate(2016))));
        Assert.False(new DateRange(2004, 2004, 7, 7).Contains(new EventDate(new PartialDate(2004))));
        Assert.True(new DateRange(2004, 2004).Contains(new EventDate(new PartialDate(2004))));
    }
}
