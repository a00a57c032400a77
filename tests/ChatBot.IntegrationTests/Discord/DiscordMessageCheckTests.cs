using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>"Apps → Check with sources" on a message: a signed message command (type 3) through the real host and corpus.</summary>
public sealed class DiscordMessageCheckTests : DiscordHostTest
{
    private const string TargetId = "510000000000000042";

    [Fact]
    public async Task CheckWithSources_AnswersPrivately_NamingTheDifference_WithCitedQuotes_AndPingsNobody()
    {
        var shown = await Host.SeeAsync(Client, CheckMessage("<@600000000000000009> @everyone North Korea admitted to abducting 17 Japanese nationals. https://example.com/x"));

        Assert.True(shown.Ephemeral);
        var embed = shown.Message["embeds"]![0]!;
        var description = (string)embed["description"]!;
        Assert.StartsWith("The message: “North Korea admitted to abducting 17 Japanese nationals.”", description, StringComparison.Ordinal);
        Assert.Contains("differs from the message on the number", description, StringComparison.Ordinal);
        Assert.Contains("the message says “17”, this passage “13”", description, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]", description);
        Assert.StartsWith("[1] ", (string)embed["fields"]![0]!["name"]!, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", shown.Message["allowed_mentions"]!.ToJsonString());
        Assert.DoesNotContain("@everyone", shown.Message.ToJsonString(), StringComparison.Ordinal);
        var share = shown.Message["components"]!.AsArray().SelectMany(r => r!["components"]!.AsArray()).Select(b => (string?)b!["custom_id"]).Single(id => id!.StartsWith("share:", StringComparison.Ordinal))!;
        var shared = await Host.SeeAsync(Client, Payloads.Button(share));
        Assert.False(shared.Ephemeral);
        Assert.Contains("differs from the message on the number", shared.Message.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<@", shown.Message.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\b(true|false)\b", description);
    }

    [Fact]
    public async Task CheckWithSources_SaysWhenTheArticlesDontAddressTheMessage()
    {
        var shown = await Host.SeeAsync(Client, CheckMessage("Japan won the football World Cup that it co-hosted in 2002."));

        Assert.True(shown.Ephemeral);
        Assert.Contains("The indexed articles don't address this.", (string)shown.Message["embeds"]![0]!["description"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("share:", shown.Message.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://example.com/only-a-link")]
    public async Task CheckWithSources_OnAMessageWithoutText_ExplainsInOneLine(string content)
    {
        var shown = await Host.SeeAsync(Client, CheckMessage(content));

        Assert.True(shown.Ephemeral);
        Assert.Contains("nothing in that message I can check", shown.Message.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>An APPLICATION_COMMAND interaction of a message command, as Discord sends it: target_id and the resolved message.</summary>
    private static JsonObject CheckMessage(string content)
    {
        var interaction = Payloads.Command("Check with sources");
        interaction["data"] = new JsonObject
        {
            ["id"] = "700000000000000003",
            ["name"] = "Check with sources",
            ["type"] = 3,
            ["target_id"] = TargetId,
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    [TargetId] = new JsonObject
                    {
                        ["id"] = TargetId,
                        ["channel_id"] = Payloads.ChannelId,
                        ["content"] = content,
                        ["author"] = new JsonObject { ["id"] = "600000000000000009", ["username"] = "poster" },
                        ["embeds"] = new JsonArray(),
                        ["attachments"] = new JsonArray(),
                        ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
                        ["type"] = 0,
                    },
                },
            },
        };
        return interaction;
    }
}
