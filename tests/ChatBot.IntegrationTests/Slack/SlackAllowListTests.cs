using System.Text.Json.Nodes;

using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>Every slash command outside the allowed channels gets the same polite, private refusal as on Discord, and is not dispatched.</summary>
public sealed class SlackAllowListTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>, IAsyncLifetime
{
    public Task InitializeAsync()
    {
        fixture.Dispatcher.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => fixture.Host.Work.WhenIdleAsync();

    [Theory]
    [InlineData("/ask", "When did North Korea admit the abductions?")]
    [InlineData("/timeline", "about:summit")]
    [InlineData("/sources", "")]
    [InlineData("/abduction-help", "")]
    [InlineData("/factcard", "show the-2002-summit")]
    [InlineData("/quiz", "start")]
    [InlineData("/reading", "topic:sanctions")]
    [InlineData("/abduction", "timeline about:summit")]
    public async Task SlashCommand_InAChannelNotAllowed_GetsThePoliteRefusal_Privately(string command, string text)
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command(command, text, fixture.Slack.ResponseUrl("refused"), channel: "C999"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)json["text"]!);
        Assert.Equal("ephemeral", (string)json["response_type"]!);
        Assert.Empty(fixture.Dispatcher.Commands);
    }
}
