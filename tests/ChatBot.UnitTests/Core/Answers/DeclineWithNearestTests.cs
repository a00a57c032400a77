using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;
using ChatBot.Evaluation;
using ChatBot.Slack.Rendering;
using ChatBot.UnitTests.Evaluation;
using ChatBot.UnitTests.Slack;

namespace ChatBot.UnitTests.Answers;

/// <summary>
/// A question the articles come near but do not answer ("Did Kim Jong Il apologize?": they say he admitted the
/// abductions, not that he apologised) is declined with the nearest cited sentence, and both platforms show that
/// sentence with its source, not a bare "not covered".
/// </summary>
public sealed class DeclineWithNearestTests
{
    private const string Question = "Did Kim Jong Il apologize?";

    [Fact]
    public void Engine_DeclinesAndOffersTheNearestCitedSentence()
    {
        var answer = ProductEngine.Ask(Question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Contains("The nearest they come:", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("admit North Korean involvement", answer.Answer, StringComparison.Ordinal);
        var citation = Assert.Single(answer.Citations);
        Assert.Contains("[1]", answer.Answer, StringComparison.Ordinal);
        Assert.Empty(AnswerEvaluator.QuoteViolations(answer, TestCorpus.IndexWithVectors));
        Assert.Contains("admit North Korean involvement", citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_ShowsTheNearestSentence_WithItsSource()
    {
        var embed = Assert.Single(ReplyRenderer.Render(Reply()).Embeds);

        Assert.Contains("The nearest they come:", embed.Description, StringComparison.Ordinal);
        Assert.Contains(embed.Fields!, f => f.Name.StartsWith("[1]", StringComparison.Ordinal) && f.Name.Contains("Abduction Issue", StringComparison.Ordinal));
    }

    [Fact]
    public void Slack_ShowsTheNearestSentence_WithItsSource()
    {
        var message = BlockKitRenderer.Render(Reply());
        var json = BlockKitAssertions.ToJson(message).ToJsonString();

        Assert.Null(BlockKitAssertions.Problem(message));
        Assert.Contains("The nearest they come:", json, StringComparison.Ordinal);
        Assert.Contains("*[1]*", json, StringComparison.Ordinal);
        Assert.Contains("Abduction Issue", json, StringComparison.Ordinal);
    }

    private static Reply Reply() => AnswerReplies.For(ProductEngine.Ask(Question), "k1", TestCorpus.IndexWithVectors, ReplyVisibility.Ephemeral);
}
