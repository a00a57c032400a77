using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.UnitTests.Evaluation;

namespace ChatBot.UnitTests.Answers;

/// <summary>An answer's own timeline lists dated events the answer does not already quote: never a line repeating an answer sentence.</summary>
public sealed partial class AnswerTimelineTests
{
    [Theory]
    [InlineData("When did North Korea admit the abductions?")]
    [InlineData("When did the five abductees return to Japan?")]
    [InlineData("Who disappeared in 1978?")]
    [InlineData("What happened in 2002?")]
    [InlineData("What happened in 2004?")]
    [InlineData("What happened between 2002 and 2004?")]
    public void TimelineItems_NeverRepeatASentenceTheAnswerQuotes(string question)
    {
        var answer = ProductEngine.Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var quoted = QuotedInBody(answer);
        Assert.All(answer.Timeline, item => Assert.DoesNotContain(quoted, quote => quote.Contains(item.Text, StringComparison.Ordinal)));
        Assert.All(answer.Timeline, item => Assert.Contains(answer.Citations, c => c.N == item.Citation && c.Quote.Contains(item.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Timeline_KeepsOtherDatedEventsOfTheQuotedPassages()
    {
        var answer = ProductEngine.Ask("When did the five abductees return to Japan?");

        Assert.Contains("October 15, 2002", answer.Answer, StringComparison.Ordinal);
        var item = Assert.Single(answer.Timeline);
        Assert.Equal("by 2004-07-18", item.Date);
    }

    [Fact]
    public void YearQuestion_LeavesTheLeadEventsOutOfItsTimeline_AndListsTheRest()
    {
        var answer = ProductEngine.Ask("What happened in 2002?");

        Assert.NotEmpty(answer.Timeline);
        Assert.All(answer.Timeline, item => Assert.DoesNotContain(item.Text, answer.Answer, StringComparison.Ordinal));
    }

    [Fact]
    public void DatedQuestion_WithNoEventThen_IsAnsweredFromThePassages()
    {
        // The timeline holds what happened: a meeting expected "before the end of May" is no event of May 2018.
        var answer = ProductEngine.Ask("What was expected to happen by the end of May 2018?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("expected to hold a meeting with Kim before the end of May", answer.Answer, StringComparison.Ordinal);
    }

    private static List<string> QuotedInBody(AnswerResult answer)
    {
        var cited = Marker().Matches(answer.Answer).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return [.. answer.Citations.Where(c => cited.Contains(c.N)).Select(c => c.Quote)];
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}
