using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// With an allow-list, every slash command and button outside it gets the same polite, private refusal as on Slack,
/// and no answer; direct messages are still answered.
/// </summary>
public sealed class DiscordAllowListTests : IAsyncLifetime
{
    private DiscordHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Discord:AllowedChannelIds:0"] = "900000000000000001";
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData(CommandNames.Ask, "question")]
    [InlineData(CommandNames.Timeline, "about")]
    [InlineData(CommandNames.Sources, "about")]
    [InlineData(CommandNames.Help, null)]
    [InlineData(CommandNames.Reading, "topic")]
    public async Task SlashCommand_InAChannelNotAllowed_GetsThePoliteRefusal_Privately(string command, string? option)
    {
        var interaction = option is null ? Payloads.Command(command) : Payloads.Command(command, Payloads.Option(option, 3, "the 2002 summit"));

        var refusal = await RespondAsync(interaction);

        Assert.Equal(4, (int)refusal["type"]!);
        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)refusal["data"]!["content"]!);
        Assert.Equal(64, (int)refusal["data"]!["flags"]!);
        Assert.Empty(refusal["data"]!["embeds"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task SubcommandAndButton_InAChannelNotAllowed_GetTheSameRefusal()
    {
        var quiz = await RespondAsync(Payloads.Command(CommandNames.Quiz, Payloads.Subcommand("start")));
        var button = await RespondAsync(Payloads.Button("quotes:abc"));

        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)quiz["data"]!["content"]!);
        Assert.Equal(ChannelAllowList.NotEnabledHere, (string)button["data"]!["content"]!);
    }

    [Fact]
    public async Task DirectMessage_IsStillAnswered()
    {
        var (_, message) = await host.ShownAsync(client, Payloads.Command(CommandNames.Ask, Payloads.Option("question", 3, "When did North Korea admit the abductions?")).InDirectMessage());

        Assert.Contains("[1]", message.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ChannelAllowList.NotEnabledHere, message.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> RespondAsync(JsonObject interaction)
    {
        using var response = await host.PostAsync(client, interaction);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
