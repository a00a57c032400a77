using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Gateway;

public sealed class MentionResponderTests
{
    private const string Bot = GatewayHarness.BotUserId;

    [Fact]
    public async Task MentionInAGuild_IsAnsweredAsAReplyThatPingsNobody()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        await peer.SendDispatchAsync("MESSAGE_CREATE", Message("510000000000000001", $"<@{Bot}> what happened in 2002?", mentionsBot: true), 2);
        var reply = await harness.Api.NextAsync();

        Assert.Equal(("POST", $"/api/v10/channels/{Payloads.ChannelId}/messages"), (reply.Method, reply.Path));
        var body = JsonNode.Parse(reply.Body)!;
        Assert.Equal("510000000000000001", (string)body["message_reference"]!["message_id"]!);
        Assert.False((bool)body["message_reference"]!["fail_if_not_exists"]!);
        Assert.Equal("""{"parse":[],"replied_user":false}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Equal(("510000000000000001", true), ((string)body["nonce"]!, (bool)body["enforce_nonce"]!));
        Assert.Null(body["flags"]);
        Assert.Contains("[1]", (string)body["embeds"]![0]!["description"]!);
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", reply.Headers["Authorization"]);
        var request = Assert.Single(harness.Dispatcher.Commands);
        Assert.Equal(("ask", "what happened in 2002?", Payloads.UserId, Payloads.GuildId), (request.Command, request.Option("question"), request.User.Id, request.WorkspaceId));
    }

    [Fact]
    public async Task OnlyMentionsAndDirectMessagesFromPeople_AreAnswered()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();
        var fromBot = Message("520000000000000001", $"<@{Bot}> hi", mentionsBot: true);
        fromBot["author"]!["bot"] = true;
        var fromSelf = Message("520000000000000002", $"<@{Bot}> hi", mentionsBot: true);
        fromSelf["author"]!["id"] = Bot;
        var fromWebhook = Message("520000000000000003", $"<@{Bot}> hi", mentionsBot: true);
        fromWebhook["webhook_id"] = "1";
        var notMentioned = Message("520000000000000004", "what happened in 2002?", mentionsBot: false);
        var everyone = Message("520000000000000005", "@everyone what happened?", mentionsBot: false);
        everyone["mention_everyone"] = true;
        var direct = Message("520000000000000006", "what happened in 2002?", mentionsBot: false);
        direct.Remove("guild_id");
        direct.Remove("member");

        long sequence = 2;
        foreach (var message in new[] { fromBot, fromSelf, fromWebhook, notMentioned, everyone, direct })
        {
            await peer.SendDispatchAsync("MESSAGE_CREATE", message, sequence++);
        }

        var reply = await harness.Api.NextAsync();

        Assert.Equal("520000000000000006", (string)JsonNode.Parse(reply.Body)!["message_reference"]!["message_id"]!);
        var request = Assert.Single(harness.Dispatcher.Commands);
        Assert.Null(request.WorkspaceId);
    }

    [Fact]
    public async Task ChannelAllowList_LimitsWhereMentionsAreAnswered()
    {
        await using var harness = await GatewayHarness.StartAsync(allowedChannels: "410000000000000009");
        var peer = await harness.ReadyAsync();
        var elsewhere = Message("530000000000000001", $"<@!{Bot}> when?", mentionsBot: true);
        var allowed = Message("530000000000000002", $"<@!{Bot}> when?", mentionsBot: true);
        allowed["channel_id"] = "410000000000000009";

        await peer.SendDispatchAsync("MESSAGE_CREATE", elsewhere, 2);
        await peer.SendDispatchAsync("MESSAGE_CREATE", allowed, 3);
        var reply = await harness.Api.NextAsync();

        Assert.Equal("/api/v10/channels/410000000000000009/messages", reply.Path);
        Assert.Equal("when?", Assert.Single(harness.Dispatcher.Commands).Option("question"));
    }

    private static JsonObject Message(string id, string content, bool mentionsBot) => new()
    {
        ["id"] = id,
        ["channel_id"] = Payloads.ChannelId,
        ["guild_id"] = Payloads.GuildId,
        ["author"] = new JsonObject { ["id"] = Payloads.UserId, ["username"] = "researcher", ["global_name"] = "Researcher" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray("800000000000000001"), ["nick"] = null },
        ["content"] = content,
        ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = Bot, ["username"] = "abduction-bot", ["bot"] = true }) : new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["type"] = 0,
        ["timestamp"] = "2026-11-23T12:00:00.000000+00:00",
    };
}
