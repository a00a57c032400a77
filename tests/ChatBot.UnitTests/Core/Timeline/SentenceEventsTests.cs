using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class SentenceEventsTests
{
    private static readonly PartialDate March2020 = new(2020, 3);

    private static List<string> Labels(string sentence, PartialDate? published = null) =>
        [.. SentenceEvents.Dates(sentence, published).Select(d => d.Label)];

    [Theory]
    [InlineData("The minister had hoped for a treaty and for the other side to admit the 1960s raids.")]
    [InlineData("She wanted the ministry to reopen the 1995 files.")]
    [InlineData("The envoy is expected to arrive before the end of June.")]
    [InlineData("Both parties are unlikely to revisit the 1998 accord.")]
    [InlineData("The council plans to publish the report in 2031.")]
    public void Dates_InsideAHopeExpectationOrPlan_AreNotEvents(string sentence)
    {
        Assert.Empty(Labels(sentence, March2020));
    }

    [Fact]
    public void Dates_BeforeTheHope_OrAfterARelativeClauseHoldingIt_AreEvents()
    {
        Assert.Equal(["1999"], Labels("In 1999 the governor hoped for a lasting peace."));
        Assert.Equal(["2011-05"], Labels("The mayor, who had hoped for a quiet term, resigned in May 2011."));
    }

    [Theory]
    [InlineData("Over two decades on from the events of 1990, the dispute remains open.")]
    [InlineData("Ten years after the 2001 treaty, trade had doubled.")]
    [InlineData("On the 50th anniversary of the 1969 landing, crowds gathered.")]
    [InlineData("Several months since the vote of 2016 the debate goes on.")]
    public void Dates_ASpanIsCountedFrom_AreNotTheEvent(string sentence)
    {
        Assert.Empty(Labels(sentence));
    }

    [Fact]
    public void SameActionListedAtCloseDates_IsOneEventSpanningThem()
    {
        var sentence = "The first crew was Ana and Ben who departed in March 1965, then Carl and Dora who also departed in March 1965, and Eve who departed alone in May 1965.";
        Assert.Equal(["1965-03–1965-05"], Labels(sentence));
    }

    [Theory]
    [InlineData("The court convicted him in March 2007 and the governor pardoned him in May 2007.", "2007-03", "2007-05")]
    [InlineData("The bridge opened in 1931 and opened again in 1933.", "1931", "1933")]
    [InlineData("Founded in the 1890s, the club won the league in 1901.", "1890s", "1901")]
    public void DifferentActionsOrDistantDates_StayTwoEvents(string sentence, string first, string second)
    {
        Assert.Equal([first, second], Labels(sentence));
    }

    [Fact]
    public void RepeatedDate_IsOneEvent()
    {
        Assert.Equal(["1984-06"], Labels("Talks began in June 1984 and a deal was signed that June 1984 too."));
    }
}
