using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class DateExtractorTests
{
    private static readonly PartialDate April2018 = new(2018, 4);

    [Theory]
    [InlineData("The summit was held on September 17, 2002.", "2002-09-17")]
    [InlineData("They disappeared in July 1978.", "1978-07")]
    [InlineData("By October 2003, polls had risen.", "by 2003-10")]
    [InlineData("abductions in the 1970s and 80s", "1970s–1980s")]
    [InlineData("abductions in the 1970s", "1970s")]
    [InlineData("an investigation from 2014 to 2016", "2014–2016")]
    [InlineData("kidnapped since the end of the Korean War in 1953", "since 1953")]
    [InlineData("Prior to 2002, it was a theory.", "before 2002")]
    [InlineData("Published 21 December 2015.", "2015-12-21")]
    public void Extract_ReadsExplicitDatesAtTheirPrecision(string sentence, string label)
    {
        Assert.Equal(label, Assert.Single(DateExtractor.Extract(sentence, null)).Date.Label);
    }

    [Theory]
    [InlineData("He obtained it late last year.", "late 2017 (inferred)")]
    [InlineData("at his April 27 meeting with Kim", "2018-04-27 (inferred)")]
    [InlineData("a meeting with Kim before the end of May", "by 2018-05 (inferred)")]
    public void Extract_ResolvesRelativeDates_AgainstPublication_AsInferred(string sentence, string label)
    {
        Assert.Equal(label, Assert.Single(DateExtractor.Extract(sentence, April2018)).Date.Label);
    }

    [Theory]
    [InlineData("The summit was held on September 17, ２００２, and again in 2004.", "2004")]
    [InlineData("Records dated ２００２-０９-１７ and 1978 survive.", "1978")]
    [InlineData("In 20０２ and in 1978 they met.", "1978")]
    [InlineData("From 19７8 to 2002 it grew, in the 19８0s.", "2002")]
    public void Extract_ReadsOnlyAsciiDigits_AndNeverThrowsOnOtherDigits(string sentence, string year)
    {
        // Full-width digits matched \d, then int.Parse threw out of the extractor, and so out of the index build.
        var labels = DateExtractor.Extract(sentence, April2018).Select(m => m.Date.Label).ToList();

        Assert.Contains(labels, label => label.Contains(year, StringComparison.Ordinal));
        Assert.All(labels, label => Assert.True(label.All(c => !char.IsDigit(c) || char.IsAsciiDigit(c)), label));
    }

    [Theory]
    [InlineData("What happened in 20０２?", null)]
    [InlineData("What happened between 19７8 and 2002?", 2002)]
    [InlineData("What happened in September ２００２ or 1978?", 1978)]
    public void QuestionDates_ReadOnlyAsciiDigits_AndNeverThrowOnOtherDigits(string question, int? from)
    {
        Assert.Equal(from, QuestionDates.Find(question)?.FromYear);
    }

    [Fact]
    public void Extract_SkipsRelativeDates_WithoutAPublicationDate()
    {
        Assert.Empty(DateExtractor.Extract("He obtained it late last year, before April 27.", null));
    }

    [Theory]
    [InlineData("the 1970s and 1980s abductions (Hughes, 2002, p.61).")]
    [InlineData("as Kim said (Boynton, 2015).")]
    [InlineData("concern rose to 90.1 percent and 2000 people marched")]
    public void Extract_IgnoresCitationYearsAndOtherNumbers(string sentence)
    {
        Assert.DoesNotContain(DateExtractor.Extract(sentence, null), d => d.Date.Start.Year is 2002 or 2015 or 2000);
    }
}
