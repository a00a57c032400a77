using System.Net;

using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Operations;

/// <summary>At Information, a chat request costs one structured log line (the answer), not the framework's request chatter.</summary>
public sealed class LogVolumeTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider logs = new();
    private readonly TestSigningKey key = new();
    private FakeSlackServer slack = null!;
    private FakeDiscordApi discord = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        discord = await FakeDiscordApi.StartAsync();
        host = new SlackTestFactory(slack, configure: services => services.AddSingleton<ILoggerProvider>(logs));
        host.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        host.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        host.Settings["ChatBot:Discord:ApiBaseUrl"] = discord.BaseUrl.ToString();
        host.Settings["Logging:LogLevel:Default"] = "Information";
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await discord.DisposeAsync();
        await slack.DisposeAsync();
        key.Dispose();
    }

    [Fact]
    public async Task EachAnswer_IsOneInformationLine_AndNothingElseIsLoggedPerRequest()
    {
        using var client = host.CreateClient();
        logs.Entries.Clear();
        const int Rounds = 5;
        for (var i = 0; i < Rounds; i++)
        {
            var question = i % 2 == 0 ? "When did the five abductees return to Japan?" : $"Who is Choi Sung-Yong, round {i}?";
            var slash = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", question, slack.ResponseUrl($"volume-{i}")));
            Assert.Equal(HttpStatusCode.OK, slash.StatusCode);
            using var interaction = await DiscordHost.PostAsync(client, key, Payloads.Command("ask", Payloads.Option("question", 3, question)), host.HostClock);
            Assert.Equal(HttpStatusCode.OK, interaction.StatusCode);
        }

        await host.Work.WhenIdleAsync();
        var informational = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        Assert.Equal(2 * Rounds, informational.Count);
        Assert.All(informational, e => Assert.Equal("ChatBot.Core.Commands.BotMetrics", e.Category));
        Assert.All(informational, e => Assert.Matches(@"^Answered on (Slack|Discord): \w+, cached (True|False), [\d.]+ ms", e.Text));
    }
}
