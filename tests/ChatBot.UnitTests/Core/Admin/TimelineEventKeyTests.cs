using ChatBot.Core.Admin;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Admin;

public sealed class TimelineEventKeyTests
{
    [Fact]
    public void Find_GivesBackTheEventAKeyWasMadeOf_ForEveryEvent()
    {
        var corpus = TestCorpus.Index;

        Assert.All(corpus.Timeline, e => Assert.Same(e, TimelineEventKey.Find(corpus, TimelineEventKey.Of(e))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("@12")]
    [InlineData("missing#p1@12")]
    [InlineData("missing#p1@-3")]
    [InlineData("missing#p1@x")]
    public void Find_IsNull_ForAMalformedOrUnknownKey(string key) => Assert.Null(TimelineEventKey.Find(TestCorpus.Index, key));
}
