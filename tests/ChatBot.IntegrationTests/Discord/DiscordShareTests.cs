using System.Text.Json.Nodes;

using ChatBot.UnitTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>Share to channel, through signed interactions to the real host: a private answer posted publicly, naming the sharer without a ping.</summary>
public sealed class DiscordShareTests : IAsyncLifetime
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
    public async Task ShareToChannel_PostsThePrivateAnswerPublicly_NamingTheSharerWithoutPinging()
    {
        var asked = await host.SeeAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan? @everyone")));
        Assert.True(asked.Ephemeral);
        var shareId = ButtonIds(asked.Message).Single(id => id.StartsWith("share:", StringComparison.Ordinal));

        var shared = await host.SeeAsync(client, Payloads.Button(shareId));

        Assert.Equal(4, shared.Type);
        Assert.False(shared.Ephemeral);
        var description = (string)shared.Message["embeds"]![0]!["description"]!;
        Assert.StartsWith($"Shared by <@{Payloads.UserId}>", description, StringComparison.Ordinal);
        Assert.Contains((string)asked.Message["embeds"]![0]!["description"]!, description, StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", shared.Message["allowed_mentions"]!.ToJsonString());
        Assert.DoesNotContain("@everyone", shared.Message.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ButtonIds(shared.Message), id => id.StartsWith("share:", StringComparison.Ordinal));
        Assert.Contains(ButtonIds(shared.Message), id => id.StartsWith("quotes:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicAnswer_HasNoShareButton_AndTimelineHasOne()
    {
        var (_, publicAnswer) = await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?"), Payloads.Option("public", 5, true)));
        var (_, timeline) = await host.ShownAsync(client, Payloads.Command("timeline"));

        Assert.DoesNotContain(ButtonIds(publicAnswer), id => id.StartsWith("share:", StringComparison.Ordinal));
        Assert.Contains(ButtonIds(timeline), id => id.StartsWith("share:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownShare_IsToldToRunTheCommandAgain()
    {
        var shown = await host.SeeAsync(client, Payloads.Button("share:0123456789abcdef"));

        Assert.True(shown.Ephemeral);
        Assert.Contains("can no longer be shared", shown.Message.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<string> ButtonIds(JsonNode message) =>
        [.. (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => (string?)b!["custom_id"]).OfType<string>()];
}
