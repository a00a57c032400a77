using ChatBot.Core.Checking;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Checking;

public sealed class DateComparisonTests
{
    private static EventDate Date(string text) => Assert.Single(DateExtractor.Extract(text, published: null)).Date;

    [Theory]
    [InlineData("on September 17, 2002", "on September 17, 2003", true)]
    [InlineData("in July 1978", "in August 1978", true)]
    [InlineData("on October 15, 2002", "on October 16, 2002", true)]
    [InlineData("from 2014 to 2016", "from 2010 to 2012", true)]
    [InlineData("in the 1970s", "in 1985", true)]
    [InlineData("in July 1978", "in 1978", false)]
    [InlineData("in 1978", "in July 1978", false)]
    [InlineData("from 2014 to 2016", "in 2015", false)]
    [InlineData("in the 1970s", "in 1977", false)]
    [InlineData("in October 2002", "on October 15, 2002", false)]
    public void Conflicts_OnlyWhenTheDatesCannotBeTheSame(string stated, string claimed, bool conflicts)
    {
        Assert.Equal(conflicts, DateComparison.Conflicts(Date(stated), Date(claimed)));
    }
}
