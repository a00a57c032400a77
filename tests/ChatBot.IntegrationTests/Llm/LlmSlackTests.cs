using System.Text.Json.Nodes;
using ChatBot.IntegrationTests.Slack;
using ChatBot.Slack.Handling;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>With a model configured, Slack acknowledges /ask at once and posts the generated answer to the response_url.</summary>
public sealed class LlmSlackTests
{
    [Fact]
    public async Task SlackAsk_IsAcknowledgedAtOnce_AndTheGeneratedAnswerGoesToTheResponseUrl()
    {
        await using var model = await FakeOpenAIServer.StartAsync();
        model.Chat = (request, _) => FakeReply.Text($"{LlmHarness.Faithful} [{request.NumberOf("13 Japanese nationals")}].");
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = new SlackTestFactory(slack);
        host.Settings["ChatBot:Llm:ModelId"] = "test-model";
        host.Settings["ChatBot:Llm:Endpoint"] = model.BaseUrl.ToString();

        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", LlmHarness.Question, slack.ResponseUrl("llm")));
        var delivered = await slack.WaitForAsync(c => c.Path == "/hooks/llm");

        Assert.Equal(SlackReplies.LookingItUp, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]);
        Assert.Contains("abducting 13 Japanese nationals", delivered.Body, StringComparison.Ordinal);
        Assert.Contains("worded by a language model", delivered.Body, StringComparison.Ordinal);
        Assert.Single(model.ChatRequests);
    }
}
