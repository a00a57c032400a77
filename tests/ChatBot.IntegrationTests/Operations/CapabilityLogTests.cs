using System.Net;
using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Operations;

/// <summary>
/// A response_url and a Discord interaction token are capabilities: whoever has one can post as the bot. Neither may
/// reach a log, at any level, on success or failure.
/// </summary>
public sealed class CapabilityLogTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider logs = new();
    private readonly FakeCommandDispatcher dispatcher = new() { Slow = true };
    private readonly TestSigningKey key = new();
    private FakeSlackServer slack = null!;
    private FakeDiscordApi discord = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        discord = await FakeDiscordApi.StartAsync();
        host = new SlackTestFactory(slack, dispatcher, services => services.AddSingleton<ILoggerProvider>(logs));
        host.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        host.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        host.Settings["ChatBot:Discord:ApiBaseUrl"] = discord.BaseUrl.ToString();
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "System", "System.Net.Http.HttpClient", "Polly" })
        {
            host.Settings[$"Logging:LogLevel:{category}"] = "Trace";
        }

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
    public async Task ResponseUrlsAndInteractionTokens_NeverReachALog_EvenAtTrace()
    {
        await using var elsewhere = await FakeSlackServer.StartAsync();
        slack.Script("hooks", 404);
        slack.Script("hooks", 307, location: elsewhere.ResponseUrl("Rd1rectedCapab1lity"));
        var hooks = new[] { "N0tFoundCapab1lity", "Redirect1ngCapab1lity", "Del1veredCapab1lity" };
        foreach (var hook in hooks)
        {
            var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "When did they return?", slack.ResponseUrl(hook)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await host.Work.WhenIdleAsync();
        }

        discord.FailNext("PATCH", "/messages/@original", 404, """{"code":10015,"message":"Unknown Webhook"}""");
        var interactions = new[] { Payloads.Command("ask", Payloads.Option("question", 3, "When?")), Payloads.Command("ask", Payloads.Option("question", 3, "Who?")) };
        using var client = host.CreateClient();
        foreach (var interaction in interactions)
        {
            using var response = await DiscordHost.PostAsync(client, key, interaction, host.HostClock);
            Assert.Equal(5, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!);
            await discord.NextAsync(r => r.Path.Contains((string)interaction["token"]!, StringComparison.Ordinal));
        }

        await host.Work.WhenIdleAsync();
        Assert.Single(slack.Calls(c => c.Path == "/hooks/" + hooks[^1]));
        Assert.Contains(logs.Entries, e => e.Text.Contains("response_url failed", StringComparison.Ordinal));
        var text = logs.AllText;
        Assert.All(hooks, hook => Assert.DoesNotContain(hook, text, StringComparison.Ordinal));
        Assert.DoesNotContain("/hooks/", text, StringComparison.Ordinal);
        Assert.All(interactions, i => Assert.DoesNotContain((string)i["token"]!, text, StringComparison.Ordinal));
        Assert.DoesNotContain(Payloads.TokenPrefix, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackTestFactory.BotToken, text, StringComparison.Ordinal);
    }
}
