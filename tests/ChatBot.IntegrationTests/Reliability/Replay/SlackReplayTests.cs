using System.Net;
using System.Text;

using ChatBot.IntegrationTests.Reliability.Forgery;
using ChatBot.IntegrationTests.Slack;
using ChatBot.Slack.Security;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Reliability.Replay;

/// <summary>Captured, genuinely signed Slack commands and button presses played again within Slack's five-minute window.</summary>
public sealed class SlackReplayTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private static readonly SigningScheme Scheme = new(
        SlackSignatureFilter.SignatureHeader,
        SlackSignatureFilter.TimestampHeader,
        "v0=",
        (timestamp, body) => SlackSignatureVerifier.Sign(SlackTestFactory.SigningSecret, timestamp, body),
        (timestamp, body) => SlackSignatureVerifier.Sign("not-the-signing-secret", timestamp, body));

    // One clock for the signer and every host, across restarts too, as one machine's would be.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 8, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("chatbot-slack-replay-");
    private FakeSlackServer slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await slack.DisposeAsync();
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException exception)
        {
            // Seen once in CI ("Directory not empty"): something wrote here after the host was disposed. Say what.
            var left = string.Join(", ", folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(f => f.Name));
            throw new IOException($"{exception.Message}; still in it: {left}", exception);
        }
    }

    [Fact]
    public async Task SlashCommandReplayedThreeTimesInARow_IsAnsweredOnce()
    {
        var dispatcher = new FakeCommandDispatcher();
        await using var host = Host(dispatcher);
        using var client = host.CreateClient();
        var command = Signed("/slack/commands", SlackForms.Command("/ask", "When did they return?", slack.ResponseUrl("replayed")));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await SendAsync(client, command));
        }

        await host.Work.WhenIdleAsync();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Single(dispatcher.Commands);
    }

    [Fact]
    public async Task TenConcurrentCopiesOfASlashCommand_OnlyOneIsAnswered()
    {
        var dispatcher = new FakeCommandDispatcher();
        await using var host = Host(dispatcher);
        using var client = host.CreateClient();
        var command = Signed("/slack/commands", SlackForms.Command("/ask", "When did they return?", slack.ResponseUrl("copies")));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => SendAsync(client, command))));

        await host.Work.WhenIdleAsync();
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Single(dispatcher.Commands);
    }

    [Fact]
    public async Task SlashCommandAndButtonPressReplayedAfterARestart_AreRefused()
    {
        var command = Signed("/slack/commands", SlackForms.Command("/ask", "When did they return?", slack.ResponseUrl("restart-ask")));
        var press = Signed("/slack/interactions", SlackForms.BlockAction("quotes:k1", slack.ResponseUrl("restart-press")));
        var before = new FakeCommandDispatcher();
        await using (var first = Host(before))
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await SendAsync(client, command));
            Assert.Equal(HttpStatusCode.OK, await SendAsync(client, press));
            await first.Work.WhenIdleAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        var after = new FakeCommandDispatcher();
        await using var restarted = Host(after);
        using var again = restarted.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(again, command));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(again, press));
        await restarted.Work.WhenIdleAsync();
        Assert.Equal((1, 1), (before.Commands.Count, before.Components.Count));
        Assert.Equal((0, 0), (after.Commands.Count, after.Components.Count));
    }

    private SlackTestFactory Host(FakeCommandDispatcher dispatcher)
    {
        var host = new SlackTestFactory(slack, dispatcher, services => services.AddSingleton<TimeProvider>(clock));
        host.Settings["ChatBot:Storage:DatabasePath"] = Path.Combine(folder.FullName, "chatbot.db");
        return host;
    }

    private WireRequest Signed(string path, string body) =>
        Scheme.Signed(path, Encoding.UTF8.GetBytes(body), Form, clock.GetUtcNow().ToUnixTimeSeconds());

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, WireRequest request)
    {
        using var message = request.ToMessage();
        using var response = await client.SendAsync(message);
        return response.StatusCode;
    }
}
