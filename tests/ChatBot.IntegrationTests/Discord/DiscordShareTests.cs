using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>Share to channel, through signed interactions to the real host: a private answer posted publicly, naming the sharer without a ping.</summary>
public sealed class DiscordShareTests : DiscordHostTest
{
    [Fact]
    public async Task ShareToChannel_PostsThePrivateAnswerPublicly_NamingTheSharerWithoutPinging()
    {
        var asked = await Host.SeeAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan? @everyone")));
        Assert.True(asked.Ephemeral);
        var shareId = ButtonIds(asked.Message).Single(id => id.StartsWith("share:", StringComparison.Ordinal));

        var shared = await Host.SeeAsync(Client, Payloads.Button(shareId));

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
        var (_, publicAnswer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?"), Payloads.Option("public", 5, true)));
        var (_, timeline) = await Host.ShownAsync(Client, Payloads.Command("timeline"));

        Assert.DoesNotContain(ButtonIds(publicAnswer), id => id.StartsWith("share:", StringComparison.Ordinal));
        Assert.Contains(ButtonIds(timeline), id => id.StartsWith("share:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownShare_IsToldToRunTheCommandAgain()
    {
        var shown = await Host.SeeAsync(Client, Payloads.Button("share:0123456789abcdef"));

        Assert.True(shown.Ephemeral);
        Assert.Contains("can no longer be shared", shown.Message.ToJsonString(), StringComparison.Ordinal);
    }
}
