using ChatBot.Core.Conversations;

namespace ChatBot.UnitTests.Conversations;

public sealed class FollowUpReaderTests
{
    [Theory]
    [InlineData("when was that?", "How many abductees returned to Japan?", "when was that — abductees returned to Japan?")]
    [InlineData("when was she abducted?", "Who is Megumi Yokota?", "when was she abducted — Megumi Yokota?")]
    [InlineData("Why?", "Did North Korea admit the abductions?", "Why — North Korea admit the abductions?")]
    [InlineData("and what about South Korean abductees?", "How many Japanese were abducted?", "How many Japanese were abducted — and South Korean abductees?")]
    [InlineData("How about the families?", "What did Koizumi say in 2002?", "What did Koizumi say in 2002 — and the families?")]
    public void FollowUp_IsReadWithThePreviousQuestion(string question, string previous, string readAs) =>
        Assert.Equal(readAs, FollowUpReader.Read(question, previous)?.ReadAs);

    [Theory]
    [InlineData("Who is Megumi Yokota?")]
    [InlineData("Why did they abduct Megumi Yokota?")]
    [InlineData("What did they do in 1977?")]
    [InlineData("When did the five abductees return to Japan?")]
    [InlineData("and when did the summit take place between the two leaders in Pyongyang?")]
    public void StandaloneQuestion_IsReadOnItsOwn(string question) =>
        Assert.Null(FollowUpReader.Read(question, "How many Japanese were abducted?"));

    [Fact]
    public void WithoutAPreviousQuestion_NothingIsAFollowUp() =>
        Assert.Null(FollowUpReader.Read("when was that?", null));
}
