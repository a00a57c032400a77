using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Citations grouped per article on Slack, through signed requests to the real host over the bundled corpus: one
/// source line per article naming every number of it, and the quotes, once shown, each under its number.
/// </summary>
public sealed partial class SlackAnswerSourcesTests : SlackHostTest
{
    [Fact]
    public async Task Answer_CitingSeveralSentencesOfOneArticle_HasOneSourceLine_AndEveryQuoteUnderItsNumber()
    {
        var json = await AnswerAsync("What happened in 2002?", "grouped");
        var blocks = json["blocks"]!.AsArray();
        var lines = blocks.Where(b => (string)b!["type"]! == "context").SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string)e!["text"]!)
            .Where(t => t.StartsWith("*[", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines, l => l.Contains("Japan’s Abduction Issue", StringComparison.Ordinal));
        var numbers = Marker().Matches(line[..line.IndexOf('*', 1)]).Select(m => m.Value).ToList();
        Assert.True(numbers.Count >= 2, line);

        var quotesButton = blocks.Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["action_id"]!).Single(id => id.StartsWith("quotes:", StringComparison.Ordinal));
        await Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(quotesButton, Slack.ResponseUrl("grouped-quotes")));
        var quoted = (await Slack.WaitForAsync(c => c.Path == "/hooks/grouped-quotes")).Json;
        var sections = quoted["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "section").Select(b => (string)b!["text"]!["text"]!).ToList();
        var quotes = Assert.Single(sections, s => s.StartsWith($"*{numbers[0]}*\n> ", StringComparison.Ordinal));
        Assert.All(numbers, n => Assert.Contains($"*{n}*\n> ", quotes, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
