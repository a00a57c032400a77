using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Answers;

/// <summary>
/// A question in French, through signed Discord and Slack requests to the real host and through the CLI: the answer
/// comes, and with it one note in English that the articles are in English, naming French. English gets no note.
/// </summary>
public sealed class LanguageNoteTests
{
    private const string French = "Qui est Hitomi Soga ?";
    private const string Note = "It looks like your question is in French. The indexed articles are in English";

    [Fact]
    public async Task Discord_ShowsTheNote_InTheAnswersFooter()
    {
        await using var host = await DiscordHost.StartAsync();
        using var client = host.Factory.CreateClient();

        var (_, french) = await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, French)));
        var (_, english) = await host.ShownAsync(client, Payloads.Command("ask", Payloads.Option("question", 3, "Who is Hitomi Soga?")));

        var embed = french["embeds"]![0]!;
        Assert.Contains("Hitomi Soga", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.StartsWith(Note, (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("looks like your question", (string)english["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_ShowsTheNote_InTheAnswersContextLine()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = new SlackTestFactory(slack);

        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", French, slack.ResponseUrl("fr")));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        json = (string?)json["text"] == "Looking that up…" ? (await slack.WaitForAsync(c => c.Path == "/hooks/fr")).Json : json;

        var context = json["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "context").Select(b => (string)b!["elements"]![0]!["text"]!).ToList();
        Assert.Contains(context, text => text.StartsWith(Note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cli_ShowsTheNote_AboveTheTextAnswer_AndAsLanguageNoteInJson()
    {
        using var cli = new CliRunner();

        var text = await cli.RunAsync("ask", French, "--corpus", CliRunner.Corpus);
        var json = await cli.RunAsync("ask", French, "--json", "--corpus", CliRunner.Corpus);
        var english = await cli.RunAsync("ask", "Who is Hitomi Soga?", "--json", "--corpus", CliRunner.Corpus);

        Assert.StartsWith($"Note: {Note}", text.Output, StringComparison.Ordinal);
        Assert.Contains("(answered", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        Assert.StartsWith(Note, document.RootElement.GetProperty("languageNote").GetString(), StringComparison.Ordinal);
        Assert.True(document.RootElement.GetProperty("cached").GetBoolean(), "the second French question came from the cache, with its note");
        using var plain = JsonDocument.Parse(english.Output);
        Assert.False(plain.RootElement.TryGetProperty("languageNote", out _));
    }
}
