using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>Follow-ups through signed interactions to the real host: read with the asker's previous question in that channel.</summary>
public sealed class DiscordConversationTests : DiscordHostTest
{
    [Fact]
    public async Task FollowUp_IsReadWithThePreviousQuestion_AndSaysSo()
    {
        await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "How many abductees returned to Japan?")));

        var (_, followUp) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "when was that?")));

        var embed = followUp["embeds"]![0]!;
        var description = (string)embed["description"]!;
        Assert.StartsWith("(Read with your previous question, “How many abductees returned to Japan?”.)", description, StringComparison.Ordinal);
        Assert.Contains("October 15, 2002", description, StringComparison.Ordinal);
        Assert.Equal("when was that — abductees returned to Japan?", (string)embed["title"]!);
    }

    [Fact]
    public async Task AnotherPersonsFollowUp_IsNotReadWithSomeoneElsesQuestion()
    {
        await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "How many abductees returned to Japan?")));
        var other = Payloads.Command("ask", Payloads.Option("question", 3, "when was that?"));
        other["member"]!["user"]!["id"] = "699999999999999999";

        var (_, reply) = await Host.ShownAsync(Client, other);

        Assert.DoesNotContain("Read with your previous question", reply.ToJsonString(), StringComparison.Ordinal);
    }
}
