using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

/// <summary>A message command (type 3) reaches the command layer as a neutral "check" with the target message's text.</summary>
public sealed class MessageCommandTests : IAsyncLifetime
{
    private const string TargetId = "510000000000000077";

    private DiscordTestHost host = null!;

    public async Task InitializeAsync() => host = await DiscordTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CheckWithSources_BecomesTheCheckCommand_WithTheTargetMessagesText_AndIsPrivate()
    {
        var response = await host.RespondAsync(MessageCommand("Check with sources", "North Korea admitted it in 2002."));

        var request = Assert.Single(host.Dispatcher.Commands);
        Assert.Equal((ChatPlatform.Discord, "check", "North Korea admitted it in 2002.", TargetId, Payloads.ChannelId, Payloads.GuildId, null),
            (request.Platform, request.Command, request.Option("text"), request.Option("message"), request.ChannelId, request.WorkspaceId, request.Subcommand));
        Assert.Equal(Payloads.UserId, request.User.Id);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
    }

    [Fact]
    public async Task AMessageCommandWithoutItsResolvedMessage_ArrivesWithEmptyText()
    {
        var interaction = MessageCommand("Check with sources", "ignored");
        interaction["data"]!.AsObject().Remove("resolved");

        await host.RespondAsync(interaction);

        Assert.Equal("", Assert.Single(host.Dispatcher.Commands).Options["text"]);
    }

    private static JsonObject MessageCommand(string name, string content)
    {
        var interaction = Payloads.Command(name);
        interaction["data"] = new JsonObject
        {
            ["id"] = "700000000000000003",
            ["name"] = name,
            ["type"] = 3,
            ["target_id"] = TargetId,
            ["resolved"] = new JsonObject { ["messages"] = new JsonObject { [TargetId] = new JsonObject { ["id"] = TargetId, ["content"] = content, ["channel_id"] = Payloads.ChannelId } } },
        };
        return interaction;
    }
}
