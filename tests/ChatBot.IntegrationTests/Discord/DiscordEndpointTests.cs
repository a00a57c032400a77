using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>Signed interactions through the real host, its command layer and the bundled corpus.</summary>
public sealed class DiscordEndpointTests : DiscordHostTest
{
    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        using var response = await Host.PostAsync(Client, Payloads.Ping());

        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgedRequest_IsRefusedBeforeTheCommandLayer()
    {
        using var forger = new TestSigningKey();

        using var response = await DiscordHost.PostAsync(Client, forger, Payloads.Command("ask", Payloads.Option("question", 3, "When did they return?")), Host.Time);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ask_IsAnsweredFromTheCorpus_WithCitedSourcesAndButtons()
    {
        var (_, message) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));

        var embed = message["embeds"]![0]!;
        Assert.Matches(@"\[1\]", (string)embed["description"]!);
        Assert.StartsWith("[1] ", (string)embed["fields"]![0]!["name"]!, StringComparison.Ordinal);
        Assert.NotNull(embed["footer"]);
        Assert.Equal("""{"parse":[]}""", message["allowed_mentions"]!.ToJsonString());
        var buttons = message["components"]![0]!["components"]!.AsArray().Select(b => (string?)b!["custom_id"]).ToList();
        Assert.Contains(buttons, id => id!.StartsWith("quotes:", StringComparison.Ordinal));
        Assert.Contains(buttons, id => id!.StartsWith("fb:up:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShowQuotes_UpdatesTheAnswerInPlace_AndHideQuotesTakesThemAway()
    {
        var (_, answer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));
        var quotesId = ButtonIds(answer).First(id => id.StartsWith("quotes:", StringComparison.Ordinal));

        var (type, shown) = await Host.ShownAsync(Client, Payloads.Button(quotesId));

        Assert.Equal(7, type);
        Assert.Contains(shown["embeds"]![0]!["fields"]!.AsArray(), f => HasQuote((string)f!["value"]!));
        Assert.Null(shown["flags"]);
        var hideId = ButtonIds(shown).Single(id => id.StartsWith(quotesId + ":", StringComparison.Ordinal));
        Assert.Contains(ButtonIds(shown), id => id.StartsWith("fb:down:", StringComparison.Ordinal));

        var (hideType, hidden) = await Host.ShownAsync(Client, Payloads.Button(hideId));

        Assert.Equal(7, hideType);
        Assert.DoesNotContain(hidden["embeds"]![0]!["fields"]!.AsArray(), f => HasQuote((string)f!["value"]!));
        Assert.Contains(quotesId, ButtonIds(hidden));
    }

    [Fact]
    public async Task TimelineForThis_ReplacesTheAnswer_AndBackRestoresIt()
    {
        var (_, answer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));
        var answerText = (string)answer["embeds"]![0]!["description"]!;
        var timelineId = ButtonIds(answer).Single(id => id.StartsWith("tl:", StringComparison.Ordinal));

        var (type, timeline) = await Host.ShownAsync(Client, Payloads.Button(timelineId));

        Assert.Equal(7, type);
        Assert.Equal("Timeline for this answer", (string)timeline["embeds"]![0]!["title"]!);
        var backId = ButtonIds(timeline).Single(id => id.StartsWith("quotes:", StringComparison.Ordinal));

        var (backType, back) = await Host.ShownAsync(Client, Payloads.Button(backId));

        Assert.Equal(7, backType);
        Assert.Equal(answerText, (string)back["embeds"]![0]!["description"]!);
        Assert.Contains(timelineId, ButtonIds(back));
    }


    private static bool HasQuote(string value) => value.Contains("\n> ", StringComparison.Ordinal) || value.StartsWith("> ", StringComparison.Ordinal);

    [Theory]
    [InlineData("help")]
    [InlineData("sources")]
    [InlineData("timeline")]
    public async Task OtherCommands_RenderWithinDiscordsLimits(string command)
    {
        var (_, message) = await Host.ShownAsync(Client, Payloads.Command(command));

        Assert.True(message["embeds"]!.AsArray().Count > 0 || ((string?)message["content"])?.Length > 0);
        Assert.True(message.ToJsonString().Length < 16_000);
    }

    [Fact]
    public async Task UnknownCommand_GetsASafeMessage()
    {
        var (type, message) = await Host.ShownAsync(Client, Payloads.Command("frobnicate"));

        Assert.Equal(4, type);
        Assert.False(string.IsNullOrWhiteSpace((string?)message["content"]));
        Assert.DoesNotContain("Exception", message.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineAutocomplete_OffersAtMost25Choices()
    {
        using var response = await Host.PostAsync(Client, Payloads.Autocomplete("timeline", Payloads.Option("about", 3, "", focused: true)));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(8, (int)body["type"]!);
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 0, 25);
        Assert.All(choices, c => Assert.InRange(((string)c!["name"]!).Length, 1, 100));
    }

    [Fact]
    public async Task SlowCommandLayer_IsDeferred_AndTheAnswerArrivesAsAnEdit()
    {
        var slow = new FakeCommandDispatcher
        {
            Slow = true,
            Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            OnCommand = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.Answer, Body = "Slow but sure [1].", Sources = [new ReplySource(1, "T", null, null, null, "q", "a", "p")] }),
        };
        using var factory = Host.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(slow.Replace));
        using var slowClient = factory.CreateClient();
        var interaction = Payloads.Command("ask", Payloads.Option("question", 3, "When?"));

        using var response = await Host.PostAsync(slowClient, interaction);
        var deferral = await response.Content.ReadAsStringAsync();
        slow.Gate.SetResult();
        var edit = await Host.Api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", deferral);
        Assert.EndsWith($"/webhooks/{Payloads.ApplicationId}/{interaction["token"]}/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Contains("Slow but sure [1].", edit.Body, StringComparison.Ordinal);
    }
}
