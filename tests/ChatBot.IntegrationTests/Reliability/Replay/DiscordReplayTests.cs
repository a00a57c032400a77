using System.Net;
using System.Text;

using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using ChatBot.IntegrationTests.Reliability.Forgery;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Reliability.Replay;

/// <summary>A captured, genuinely signed Discord request played again after the host restarts on the same database.</summary>
public sealed class DiscordReplayTests : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("chatbot-discord-replay-");
    private readonly TestSigningKey key = new();

    // One clock across the restart, as one machine's would be: the replay is still within its five minutes.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 8, 6, 9, 0, 0, TimeSpan.Zero));
    private FakeDiscordApi api = null!;

    public async Task InitializeAsync() => api = await FakeDiscordApi.StartAsync();

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        key.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task FeedbackPressReplayedAfterARestart_IsRefused_AndCountedOnce()
    {
        string answerId;
        WireRequest press;
        using (var before = Host())
        {
            answerId = await before.Services.GetRequiredService<IAnswerArchive>().SaveAsync(
                new AnswerResult("When did the five abductees return?", AnswerStatus.Answered, "In October 2002 [1].", [], [], false, 0));
            press = Signed(Payloads.Button($"fb:up:{answerId}").ToJsonString());
            using var client = before.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await SendAsync(client, press));
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(client, press));
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        using var after = Host();
        using var restarted = after.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(restarted, press));
        Assert.Equal(1, Assert.Single(await after.Services.GetRequiredService<IFeedbackStore>().ListAsync(answerId)).Vote);
    }

    private ChatBotFactory Host()
    {
        var factory = new ChatBotFactory { Clock = clock };
        factory.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        factory.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        factory.Settings["ChatBot:Discord:ApiBaseUrl"] = api.BaseUrl.ToString();
        factory.Settings["ChatBot:Storage:DatabasePath"] = Path.Combine(folder.FullName, "chatbot.db");
        return factory;
    }

    private WireRequest Signed(string body)
    {
        var scheme = new SigningScheme("X-Signature-Ed25519", "X-Signature-Timestamp", "", key.Sign, key.Sign);
        return scheme.Signed("/discord/interactions", Encoding.UTF8.GetBytes(body), "application/json", clock.GetUtcNow().ToUnixTimeSeconds());
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, WireRequest request)
    {
        using var message = request.ToMessage();
        using var response = await client.SendAsync(message);
        return response.StatusCode;
    }
}
