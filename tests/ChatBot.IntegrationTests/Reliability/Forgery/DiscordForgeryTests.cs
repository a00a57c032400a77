using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>Ten thousand forgeries of two genuinely signed interactions (an /ask and a 👍 press) through the real host.</summary>
public sealed class DiscordForgeryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Forgeries = 10_000;

    private readonly FakeCommandDispatcher counter = new();
    private DiscordHost host = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        host.Factory.Settings["Logging:LogLevel:Default"] = "Error";
        factory = host.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(counter.Decorate));
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task ForgedInteractions_AreAllRefusedWith401_AndNothingIsDispatched_WhileTheGenuineOnesAreAccepted()
    {
        using var otherKey = new TestSigningKey();
        var scheme = new SigningScheme("X-Signature-Ed25519", "X-Signature-Timestamp", "", host.Key.Sign, otherKey.Sign);
        var answerId = await factory.Services.GetRequiredService<IAnswerArchive>().SaveAsync(
            new AnswerResult("When did the five abductees return?", AnswerStatus.Answered, "In October 2002 [1].", [], [], false, 0));
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        var press = scheme.Signed("/discord/interactions", Encoding.UTF8.GetBytes(Payloads.Button($"fb:up:{answerId}").ToJsonString()), "application/json", now);
        var ask = scheme.Signed("/discord/interactions", Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")).ToJsonString()), "application/json", now);
        var feedback = factory.Services.GetRequiredService<IFeedbackStore>();
        var apiCallsBefore = host.Api.Requests.Count;

        var failures = await ForgeryRun.SendAsync(client, new RequestForger(scheme), [press, ask], Forgeries, now, output);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.Equal(0, counter.Calls);
        Assert.Equal(apiCallsBefore, host.Api.Requests.Count);
        Assert.Empty(await feedback.ListAsync(answerId));

        await SendGenuineAsync(press);
        await SendGenuineAsync(ask);
        Assert.Equal(2, counter.Calls);
        Assert.Equal(1, Assert.Single(await feedback.ListAsync(answerId)).Vote);
    }

    private async Task SendGenuineAsync(WireRequest genuine)
    {
        using var message = genuine.ToMessage();
        using var response = await client.SendAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var type = (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!;
        if (type is 5 or 6)
        {
            // Deferred: the work is done once the answer has been delivered to Discord.
            var token = (string)JsonNode.Parse(genuine.Body)!["token"]!;
            await host.Api.NextAsync(r => r.Path.Contains(token, StringComparison.Ordinal));
        }
    }
}
