using ChatBot.Core.Checking;
using ChatBot.Core.Commands;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Checking;

namespace ChatBot.UnitTests.Commands;

public sealed class CheckRepliesTests
{
    private static Reply ReplyTo(string message) => CheckReplies.For(ProductChecker.Check(message), TestCorpus.IndexWithVectors);

    [Fact]
    public void ADifference_IsNamedWithWhatEachSideSays_AndCited()
    {
        var reply = ReplyTo("North Korea admitted to abducting 12 Japanese nationals.");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(ReplyVisibility.Ephemeral, reply.Visibility);
        Assert.StartsWith("The message: “North Korea admitted to abducting 12 Japanese nationals.”\nThis passage differs from the message on the number:\n• ", reply.Body, StringComparison.Ordinal);
        Assert.Contains("the message says “12”, this passage “13”", reply.Body, StringComparison.Ordinal);
        Assert.Contains(reply.Sources, s => s.Quote.Contains("13 Japanese nationals", StringComparison.Ordinal) && s.Published is not null);
    }

    [Fact]
    public void WhatTheArticlesSay_IsQuoted_WithoutAVerdict()
    {
        var reply = ReplyTo("Choi Sung-Yong heads a group supporting the families of the abductees.");

        Assert.Contains("\nThe articles say:\n• Choi Sung-Yong, the head of a group", reply.Body, StringComparison.Ordinal);
        Assert.Contains("not a verdict", reply.Footer, StringComparison.Ordinal);
        foreach (var verdict in new[] { "true", "false", "correct", "wrong", "accurate", "misleading", "fake" })
        {
            Assert.DoesNotMatch($@"(?i)\b{verdict}\b", reply.Body);
        }
    }

    [Fact]
    public void AClaimTheArticlesDontAddress_SaysSo_WithWhatTheyCover()
    {
        var reply = ReplyTo("Japan won the football World Cup that it co-hosted in 2002.");

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Contains(CheckReplies.NotAddressed, reply.Body, StringComparison.Ordinal);
        Assert.Contains("They cover topics such as", reply.Body, StringComparison.Ordinal);
        Assert.Empty(reply.Sources);
    }

    [Fact]
    public void SeveralClaims_AreNumbered_AndAMessageWithoutOne_GetsAOneLineExplanation()
    {
        var several = ReplyTo("Five abductees returned to Japan on October 15, 2002. Japan won the football World Cup that it co-hosted in 2002.");
        Assert.StartsWith("1. “Five abductees returned to Japan on October 15, 2002.”", several.Body, StringComparison.Ordinal);
        Assert.Contains("\n\n2. “Japan won the football World Cup", several.Body, StringComparison.Ordinal);

        var nothing = ReplyTo("https://example.com <@123>");
        Assert.Equal(ReplyKind.Invalid, nothing.Kind);
        Assert.Equal(CheckReplies.NothingToCheck, nothing.Body);
        Assert.DoesNotContain('\n', nothing.Body);
    }
}
