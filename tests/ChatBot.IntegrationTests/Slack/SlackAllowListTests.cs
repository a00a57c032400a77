using System.Text.Json.Nodes;

using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Every slash command and button press outside the allowed channels gets the same polite, private refusal as on
/// Discord, from Core's one admission step (the real dispatcher and gate here, no fake).
/// </summary>
public sealed class SlackAllowListTests : SlackHostTest
{
    private protected override void Configure(SlackTestFactory host) => host.Settings["ChatBot:Slack:AllowedChannelIds:0"] = "C1";

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
        var response = await Host.PostSignedAsync("/slack/commands", SlackForms.Command(command, text, Slack.ResponseUrl("refused"), channel: "C999"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)json["text"]!);
        Assert.Equal("ephemeral", (string)json["response_type"]!);
    }

    [Fact]
    public async Task ButtonPress_InAChannelNotAllowed_GetsTheSameRefusal()
    {
        await Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("quotes:abc", Slack.ResponseUrl("press"), channel: "C999"));
        await Host.Work.WhenIdleAsync();

        var refusal = (await Slack.WaitForAsync(c => c.Path == "/hooks/press")).Json;
        Assert.Equal("ephemeral", (string)refusal["response_type"]!);
        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)refusal["text"]!);
    }

    [Fact]
    public async Task ACommandInAnAllowedChannel_IsAnswered()
    {
        var response = await Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "When did North Korea admit the abductions?", Slack.ResponseUrl("answered")));

        Assert.DoesNotContain(ChannelAllowList.NotEnabledHere, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
