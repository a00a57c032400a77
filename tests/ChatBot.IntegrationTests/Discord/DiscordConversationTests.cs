using System.Text.Json.Nodes;

using ChatBot.UnitTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>Follow-ups through signed interactions to the real host: read with the asker's previous question in that channel.</summary>
public sealed class DiscordConversationTests : IAsyncLifetime
{
    private DiscordHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task FollowUp_IsReadWithThePreviousQuestion_AndSaysSo()
    {
        await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "How many abductees returned to Japan?")));

        var (_, followUp) = await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "when was that?")));

        var embed = followUp["embeds"]![0]!;
        var description = (string)embed["description"]!;
        Assert.StartsWith("(Read with your previous question, “How many abductees returned to Japan?”.)", description, StringComparison.Ordinal);
        Assert.Contains("October 15, 2002", description, StringComparison.Ordinal);
        Assert.Equal("when was that — abductees returned to Japan?", (string)embed["title"]!);
    }

    [Fact]
    public async Task AnotherPersonsFollowUp_IsNotReadWithSomeoneElsesQuestion()
    {
        await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "How many abductees returned to Japan?")));
        var other = Payloads.Command("ask", Payloads.Option("question", 3, "when was that?"));
        other["member"]!["user"]!["id"] = "699999999999999999";

        var (_, reply) = await host.ShownAsync(client, other);

        Assert.DoesNotContain("Read with your previous question", reply.ToJsonString(), StringComparison.Ordinal);
    }
}
