using System.Text.Json.Nodes;

using ChatBot.Discord.Gateway;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Gateway;

/// <summary>The gateway connection cut mid-stream (no close frame, half a frame in flight): resume and carry on.</summary>
public sealed class GatewayDropTests
{
    [Fact]
    public async Task ConnectionDroppedMidFrame_ResumesFromTheLastSequence_AndAnswersTheNextMention()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();
        await peer.SendDispatchAsync("MESSAGE_CREATE", Mention("530000000000000001", "what happened in 2002?"), 2);
        await harness.Api.NextAsync(r => r.Body.Contains("530000000000000001", StringComparison.Ordinal));

        await peer.DropMidMessageAsync(new JsonObject { ["op"] = 0, ["s"] = 3, ["t"] = "MESSAGE_CREATE", ["d"] = Mention("530000000000000002", "lost in the cut?") }.ToJsonString());
        var resumed = await harness.Gateway.NextConnectionAsync();
        await resumed.SendHelloAsync(GatewayHarness.HeartbeatMs);
        var resume = await resumed.ReceiveOpAsync(6);
        await resumed.SendAsync("""{"op":0,"s":3,"t":"RESUMED","d":{}}""");
        await harness.WaitUntilAsync(() => harness.Client.State == GatewayState.Ready);
        await resumed.SendDispatchAsync("MESSAGE_CREATE", Mention("530000000000000003", "who returned in 2002?"), 3);
        var reply = await harness.Api.NextAsync(r => r.Body.Contains("530000000000000003", StringComparison.Ordinal));

        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(2, (int)resume["d"]!["seq"]!);
        Assert.Equal("POST", reply.Method);
        Assert.Equal(["what happened in 2002?", "who returned in 2002?"], harness.Dispatcher.Commands.Select(c => c.Option("question")));
        Assert.DoesNotContain(harness.Api.Requests, r => r.Body.Contains("530000000000000002", StringComparison.Ordinal));
    }

    private static JsonObject Mention(string id, string question) => new()
    {
        ["id"] = id,
        ["channel_id"] = Payloads.ChannelId,
        ["guild_id"] = Payloads.GuildId,
        ["author"] = new JsonObject { ["id"] = Payloads.UserId, ["username"] = "researcher", ["global_name"] = "Researcher" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray("800000000000000001"), ["nick"] = null },
        ["content"] = $"<@{GatewayHarness.BotUserId}> {question}",
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = GatewayHarness.BotUserId, ["username"] = "abduction-bot", ["bot"] = true }),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["type"] = 0,
        ["timestamp"] = "2026-11-23T12:00:00.000000+00:00",
    };
}
