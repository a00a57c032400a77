using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// An article whose title, author and sentences carry pings, broadcasts and markup, answered and quoted end to end:
/// the answer and its "Show quotes" view must quote it (so the hostile text is really there) and still be safe.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly HostileCorpus corpus = new();

    [Fact]
    public async Task Discord_AnswerAndQuotesFromAHostileArticle_AreRenderedSafely()
    {
        await using var host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Corpus:Directory"] = corpus.Directory;
        using var client = host.Factory.CreateClient();

        var (_, answer) = await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, HostileCorpus.Question)));
        var quotesId = answer["components"]![0]!["components"]!.AsArray().Select(b => (string?)b!["custom_id"]).First(id => id?.StartsWith("quotes:", StringComparison.Ordinal) == true)!;
        var (_, quotes) = await host.ShownAsync(client, Payloads.Button(quotesId));

        foreach (var message in new[] { answer, quotes })
        {
            Assert.Null(ReplyChecks.Discord(message));
            AssertQuotesTheHostileArticle(message);
        }
    }

    [Fact]
    public async Task Slack_AnswerAndQuotesFromAHostileArticle_AreRenderedSafely()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = new SlackTestFactory(slack);
        host.Settings["ChatBot:Corpus:Directory"] = corpus.Directory;

        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", HostileCorpus.Question, slack.ResponseUrl("hostile-ask")));
        var inline = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var answer = (string?)inline["text"] == "Looking that up…" ? (await slack.WaitForAsync(c => c.Path == "/hooks/hostile-ask")).Json.AsObject() : inline;
        var quotesId = answer["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["action_id"]!).First(id => id.StartsWith("quotes:", StringComparison.Ordinal));
        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(quotesId, slack.ResponseUrl("hostile-quotes")));
        var quotes = (await slack.WaitForAsync(c => c.Path == "/hooks/hostile-quotes")).Json.AsObject();
        await host.Work.WhenIdleAsync();

        foreach (var message in new[] { answer, quotes })
        {
            Assert.Null(ReplyChecks.Slack(message));
            AssertQuotesTheHostileArticle(message);
        }
    }

    public void Dispose() => corpus.Dispose();

    /// <summary>
    /// The reply really carries the sentence full of pings (neutralised), not a refusal that avoided it, and none of
    /// the bidi or zero-width characters hidden inside its words.
    /// </summary>
    private static void AssertQuotesTheHostileArticle(JsonObject message)
    {
        var text = message.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(HostileCorpus.PingingSentenceStart, text, StringComparison.Ordinal);
        Assert.Contains(HostileCorpus.PingingSentenceEnd, text, StringComparison.Ordinal);
        Assert.Equal(-1, text.IndexOfAny(HostileCorpus.Invisible));
    }
}
