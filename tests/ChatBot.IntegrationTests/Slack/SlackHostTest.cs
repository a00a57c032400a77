using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>A test class with its own real host over the bundled corpus, talking to a loopback Slack.</summary>
public abstract class SlackHostTest : IAsyncLifetime
{
    private protected FakeSlackServer Slack { get; private set; } = null!;

    private protected SlackTestFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackServer.StartAsync();
        Host = new SlackTestFactory(Slack);
        Configure(Host);
        _ = Host.Server;
    }

    /// <summary>Settings a test class needs before the host starts (an allow-list, moderators).</summary>
    private protected virtual void Configure(SlackTestFactory host)
    {
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    /// <summary>
    /// The answer to /ask as the asker sees it. A cold first answer on a busy machine may miss the inline budget and
    /// arrive through the response_url instead.
    /// </summary>
    private protected async Task<JsonNode> AnswerAsync(string question, string hook)
    {
        var response = await Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", question, Slack.ResponseUrl(hook)));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string?)json["text"] == "Looking that up…" ? (await Slack.WaitForAsync(c => c.Path == "/hooks/" + hook)).Json : json;
    }
}
