using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>The real command layer over the bundled corpus, reached through signed Slack requests.</summary>
public sealed class SlackEndToEndTests : SlackHostTest
{
    [Fact]
    public async Task Ask_AnswersWithCitedSources_AndShowQuotesButtonShowsVerbatimQuotes()
    {
        var json = await AnswerAsync("When did North Korea admit the abductions?", "e2e");
        var blocks = json["blocks"]!.AsArray();
        var answer = string.Join("\n", blocks.Where(b => (string)b!["type"]! == "section").Select(b => (string)b!["text"]!["text"]!));
        Assert.Contains("2002", answer, StringComparison.Ordinal);
        Assert.Contains("[1]", answer, StringComparison.Ordinal);
        Assert.Contains(blocks, b => (string)b!["type"]! == "context" && ((string)b["elements"]![0]!["text"]!).StartsWith("*[1]", StringComparison.Ordinal));

        var quotesButton = blocks.Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["action_id"]!).Single(id => id.StartsWith("quotes:", StringComparison.Ordinal));
        await Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(quotesButton, Slack.ResponseUrl("e2e-quotes")));
        var quotes = await Slack.WaitForAsync(c => c.Path == "/hooks/e2e-quotes");
        Assert.Contains("\\n\\u003E ", quotes.Body, StringComparison.Ordinal);
        Assert.True((bool)quotes.Json["replace_original"]!);
        Assert.Contains(ActionIds(quotes.Json), id => id == quotesButton + ":off");
        Assert.Contains(ActionIds(quotes.Json), id => id.StartsWith("fb:down:", StringComparison.Ordinal));
    }

    private static List<string> ActionIds(JsonNode message) =>
        [.. message["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string?)e!["action_id"]).OfType<string>()];

    [Fact]
    public async Task ShareToChannel_PostsThePrivateAnswerInChannel_NamingTheSharerWithoutAReference()
    {
        var json = await AnswerAsync("When did North Korea admit the abductions?", "e2e-share");
        var shareButton = ActionIds(json).Single(id => id.StartsWith("share:", StringComparison.Ordinal));

        await Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(shareButton, Slack.ResponseUrl("e2e-shared")));
        var shared = await Slack.WaitForAsync(c => c.Path == "/hooks/e2e-shared");

        Assert.Equal("in_channel", (string)shared.Json["response_type"]!);
        Assert.False((bool?)shared.Json["replace_original"] ?? false);
        var text = string.Join("\n", shared.Json["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "section").Select(b => (string?)b!["text"]?["text"]));
        Assert.StartsWith("Shared by alice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", shared.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ActionIds(shared.Json), id => id.StartsWith("share:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnsupportedQuestion_IsDeclinedPlainly()
    {
        var json = await AnswerAsync("What is the capital of Peru?", "e2e-nf");
        Assert.Equal("ephemeral", (string)json["response_type"]!);
        Assert.DoesNotContain(json["blocks"]!.AsArray(), b => (string)b!["type"]! == "context" && ((string)b["elements"]![0]!["text"]!).StartsWith("*[1]", StringComparison.Ordinal));
    }
}
