using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Handling;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>app_home_opened → views.publish through the real host: the Home tab, its contents, its limits and its rate limit.</summary>
public sealed class SlackAppHomeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;
    private int events;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack, configure: services =>
        {
            services.RemoveAll<AppHomeThrottle>();
            services.AddSingleton(sp => new AppHomeThrottle(clock, sp.GetRequiredService<IOptions<SlackOptions>>()));
        });
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task OpeningTheHomeTab_PublishesWhatTheBotDoes_TheReadersQuestions_AndTheLeaderboard_WithinBlockKitLimits()
    {
        await AskAsync("Who returned to Japan in 2002?", "first");
        await AskAsync("When did North Korea admit the abductions?", "second");
        await AskAsync("What is the capital of Peru?", "third", user: "U2");
        await SeedQuizAsync();

        await OpenHomeAsync("U1");
        var call = await slack.WaitForAsync(c => c.IsApi("views.publish"));

        Assert.Equal($"Bearer {SlackTestFactory.BotToken}", call.Authorization);
        Assert.Equal("U1", (string)call.Json["user_id"]!);
        var view = call.Json["view"]!;
        Assert.Null(BlockKitViewCheck.Problem(view));
        var text = Text(view);
        Assert.Contains("I answer questions about the Japan–North Korea abduction issue", text, StringComparison.Ordinal);
        Assert.Contains("/ask &lt;your question&gt;", text, StringComparison.Ordinal);
        Assert.Contains("Check with sources", text, StringComparison.Ordinal);
        var recent = text.IndexOf("• When did North Korea admit the abductions? _(answered)_", StringComparison.Ordinal);
        Assert.True(recent >= 0 && recent < text.IndexOf("• Who returned to Japan in 2002?", StringComparison.Ordinal), text);
        Assert.DoesNotContain("capital of Peru", text, StringComparison.Ordinal);
        Assert.True(text.Contains("1. <@U2> — 2 correct of 2", StringComparison.Ordinal), text);
        Assert.Contains("2. <@U1> — 1 correct of 2", text, StringComparison.Ordinal);
        Assert.Contains("3. channel Mallory — 0 correct of 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomeTab_IsPublishedAtMostOncePerInterval_PerPerson()
    {
        await OpenHomeAsync("U1");
        await OpenHomeAsync("U1");
        await OpenHomeAsync("U2");
        await OpenHomeAsync("U1", tab: "messages");
        await host.Work.WhenIdleAsync();
        Assert.Equal(["U1", "U2"], Published().Order());

        clock.Advance(TimeSpan.FromSeconds(29));
        await OpenHomeAsync("U1");
        await host.Work.WhenIdleAsync();
        Assert.Equal(2, Published().Count);

        clock.Advance(TimeSpan.FromSeconds(1));
        await OpenHomeAsync("U1");
        await host.Work.WhenIdleAsync();
        Assert.Equal(["U1", "U1", "U2"], Published().Order());
    }

    [Fact]
    public async Task ANewcomersHome_SaysHowToStart()
    {
        await OpenHomeAsync("U7");
        var view = (await slack.WaitForAsync(c => c.IsApi("views.publish"))).Json["view"]!;

        Assert.Null(BlockKitViewCheck.Problem(view));
        Assert.Contains("You haven't asked anything yet.", Text(view), StringComparison.Ordinal);
        Assert.Contains("Nobody has answered a quiz here yet.", Text(view), StringComparison.Ordinal);
    }

    private static string Text(JsonNode view) =>
        string.Join("\n", view["blocks"]!.AsArray().Select(b => (string?)b!["text"]?["text"] ?? string.Concat(b["elements"]?.AsArray().Select(e => (string?)e!["text"]) ?? [])));

    private List<string> Published() => [.. slack.Calls(c => c.IsApi("views.publish")).Select(c => (string)c.Json["user_id"]!)];

    private Task OpenHomeAsync(string user, string tab = "home") =>
        host.PostSignedAsync("/slack/events", SlackForms.Event($"Ev-home-{Interlocked.Increment(ref events)}", SlackSurfaceForms.HomeOpened(user, tab)), "application/json");

    private async Task AskAsync(string question, string hook, string user = "U1")
    {
        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", question, slack.ResponseUrl(hook), user: user));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if ((string?)json["text"] == "Looking that up…")
        {
            await slack.WaitForAsync(c => c.Path == "/hooks/" + hook);
        }
    }

    private async Task SeedQuizAsync()
    {
        var store = host.Services.GetRequiredService<IQuizStore>();
        var at = DateTimeOffset.UtcNow;
        QuizQuestion Question(string id, string channel) =>
            new(id, new QuizDraft(QuizKind.Date, "p", ["a", "b"], 0, "q", "a", "000_5816683cddb79770", "000_5816683cddb79770#p1"), ChatPlatform.Slack, "T1", channel, "U0", at, at.AddHours(1));
        var (general, study) = (Question("home-q1", "C1"), Question("home-q2", "C2"));
        await store.AnswerAsync(general, new QuizAnswer(general.Id, "U2", "bob", 0, true, at));
        await store.AnswerAsync(study, new QuizAnswer(study.Id, "U2", "bob", 0, true, at));
        await store.AnswerAsync(general, new QuizAnswer(general.Id, "U1", "alice", 0, true, at));
        await store.AnswerAsync(study, new QuizAnswer(study.Id, "U1", "alice", 1, false, at));
        await store.AnswerAsync(general, new QuizAnswer(general.Id, "not a slack id", "<!channel> Mallory", 1, false, at));
    }
}
