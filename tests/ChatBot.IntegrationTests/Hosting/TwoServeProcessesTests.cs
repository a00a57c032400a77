using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;
using ChatBot.UnitTests.Storage.Contracts;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real `chatbot serve` processes (each its own data folder) sharing one private PostgreSQL database and one
/// private redis-server, as docker-compose.yml runs them: both report the shared stores ready on the same corpus, a
/// user's rate limit holds across the two, a Slack event delivered to both is answered once, a fact card a moderator
/// creates on one is listed by the other, and an article added to the shared corpus folder is served by both (only the
/// first watches the folder; the second reloads because the first announced its new corpus through Redis).
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class TwoServeProcessesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Yokota = "Who is Megumi Yokota?";
    private ServeReplicas replicas = null!;

    private ServeProcess First => replicas[0];

    private ServeProcess Second => replicas[1];

    private FakeSlackServer Slack => replicas.Slack;

    [Fact]
    public async Task TwoProcesses_ShareStoresLimitsAndDeduplication()
    {
        var readyA = await ServeReplicas.ReadyAsync(First);
        var readyB = await ServeReplicas.ReadyAsync(Second);
        foreach (var ready in new[] { readyA, readyB })
        {
            Assert.Equal("ready", (string?)ready["status"]);
            Assert.Equal("open", (string?)ready["postgres"]?["state"]);
            Assert.Equal(true, (bool?)ready["redis"]?["shared"]);
        }

        Assert.Equal((string?)readyA["fingerprint"], (string?)readyB["fingerprint"]);

        // UserBurst 2 across both processes: one question on each, then the third (on either) is refused.
        Assert.DoesNotContain("Please wait", await replicas.AskAsync(First, Yokota, "U7", "two-1"), StringComparison.Ordinal);
        Assert.DoesNotContain("Please wait", await replicas.AskAsync(Second, Yokota, "U7", "two-2"), StringComparison.Ordinal);
        Assert.Contains("Please wait", await replicas.AskAsync(First, Yokota, "U7", "two-3"), StringComparison.Ordinal);

        // The same event to both: the replica that marks it first answers; the other acknowledges and drops it. The
        // second delivery goes out only after the first replica has posted, so both have decided by the time the
        // follow-up event (to the second replica, after the duplicate) is answered.
        var duplicate = SlackForms.Event("Ev-two-processes", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000901"));
        Assert.True((await replicas.PostSlackAsync(First, "/slack/events", duplicate, "application/json")).IsSuccessStatusCode);
        await Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000901", StringComparison.Ordinal));
        Assert.True((await replicas.PostSlackAsync(Second, "/slack/events", duplicate, "application/json")).IsSuccessStatusCode);
        var marker = SlackForms.Event("Ev-two-processes-marker", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000902"));
        Assert.True((await replicas.PostSlackAsync(Second, "/slack/events", marker, "application/json")).IsSuccessStatusCode);
        await Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000902", StringComparison.Ordinal));

        Assert.Single(Slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000901", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FactCardCreatedThroughOneProcess_IsListedAndShownByTheOther()
    {
        const string Slug = "five-return-2002";
        const string Moderator = "610000000000000001";

        var created = await replicas.DiscordAsync(First, Payloads.ModalSubmit("fc:new", NewCard(Slug)).By(Moderator, ManageMessages));
        var listed = await replicas.DiscordAsync(Second, FactCard("list").By("620000000000000002", Member));
        var shown = await replicas.DiscordAsync(Second, FactCard("show", Slug).By("620000000000000003", Member));

        Assert.Contains($"Created \"{Slug}\", version 1", TextOf(created), StringComparison.Ordinal);
        Assert.Contains(Slug, TextOf(listed), StringComparison.Ordinal);
        Assert.Equal("The five return home", (string?)shown["embeds"]?[0]?["title"]);
        Assert.StartsWith($"Fact card \"{Slug}\", version 1", (string?)shown["embeds"]?[0]?["footer"]?["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusChangeSeenByTheWatchingProcess_IsServedByBoth_TheOtherFollowingItsNotice()
    {
        const string Sentence = "The Zanzibar accord on the abduction issue was signed in March 2021.";
        var before = (string?)(await ServeReplicas.ReadyAsync(First))["fingerprint"];

        replicas.AddArticle("900_zanzibar.md", $"---\ntitle: \"Zanzibar accord report\"\npublished: 2021-03-15\nlanguage: en\n---\n\n{Sentence}\n");
        await First.WaitForLogAsync("Corpus reloaded: 3 articles");
        await Second.WaitForLogAsync("Corpus reloaded: 3 articles");
        var answers = new[]
        {
            await replicas.AskAsync(First, "What is the Zanzibar accord?", "U21", "zanzibar-a"),
            await replicas.AskAsync(Second, "What is the Zanzibar accord?", "U22", "zanzibar-b"),
        };
        var (readyA, readyB) = (await ServeReplicas.ReadyAsync(First), await ServeReplicas.ReadyAsync(Second));

        Assert.Contains("reloading from the corpus folder", Second.Log, StringComparison.Ordinal);
        Assert.All(answers, answer =>
        {
            Assert.Contains(Sentence, answer, StringComparison.Ordinal);
            Assert.Contains("Zanzibar accord report", answer, StringComparison.Ordinal);
        });
        Assert.NotEqual(before, (string?)readyA["fingerprint"]);
        Assert.Equal((string?)readyA["fingerprint"], (string?)readyB["fingerprint"]);
        Assert.Equal((3, 3), ((int?)readyA["articles"], (int?)readyB["articles"]));
    }

    public async Task InitializeAsync()
    {
        var database = postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync());
        replicas = await ServeReplicas.StartAsync(
            [
                "--ChatBot:Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={database}",
                "--ChatBot:RateLimits:UserBurst=2", "--ChatBot:RateLimits:UserPerMinute=1", "--ChatBot:Corpus:ReloadDebounce=00:00:00.200",
            ],
            [],
            ["--ChatBot:Corpus:WatchForChanges=false"]);
    }

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }
    }
}
