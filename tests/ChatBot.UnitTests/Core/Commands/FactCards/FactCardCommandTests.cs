using ChatBot.Core.Commands;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardCommandTests : IDisposable
{
    private readonly StudyHarness harness = new();

    [Fact]
    public async Task Show_RendersADistinctFactCard_WithBadgeSummaryNumberedFactsQuotesAndReviewDate()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = "Pyongyang-Summit-2002 " });

        Assert.Equal(ReplyKind.FactCard, reply.Kind);
        Assert.Equal("The 2002 Pyongyang summit", reply.Title);
        Assert.Contains(reply.Fields, f => f.Name == "Status" && f.Value == "✅ Verified");
        Assert.Contains(reply.Fields, f => f.Name == "Last reviewed" && f.Value == "2026-01-10");
        Assert.StartsWith("Koizumi met Kim Jong Il", reply.Body, StringComparison.Ordinal);
        Assert.Contains("1. The summit was held in Pyongyang on 17 September 2002. [1]", reply.Body, StringComparison.Ordinal);
        Assert.Contains($"2. {SampleCards.AdmissionQuote} [2]", reply.Body, StringComparison.Ordinal);
        Assert.True(reply.ShowQuotes);
        Assert.Equal([SampleCards.SummitQuote, SampleCards.AdmissionQuote], reply.Sources.Select(s => s.Quote));
        Assert.All(reply.Sources, s => Assert.StartsWith(SampleCards.Article + "#p", s.PassageId, StringComparison.Ordinal));
        Assert.Contains("last reviewed 2026-01-10", reply.Footer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pyongyang-sumit-2002", "Did you mean pyongyang-summit-2002?")]
    [InlineData("nothing-like-it", "There is no fact card \"nothing-like-it\".")]
    public async Task Show_AnUnknownSlug_SaysSoAndSuggestsCloseOnes(string slug, string expected)
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = slug });

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Contains(expected, reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<@123> everyone")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Show_AMalformedOrOverlongSlug_IsInvalid(string slug)
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = slug });

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.True(reply.Body.Length < 300);
    }

    [Fact]
    public async Task Show_WithoutASlug_AsksForOne() =>
        Assert.Contains("Which card?", (await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show")).Body, StringComparison.Ordinal);

    [Fact]
    public async Task List_FiltersByTagInAnyCase_AndSaysSoWhenNothingMatches()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        var tagged = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "list", new() { ["tag"] = "SUMMIT" });
        var none = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "list", new() { ["tag"] = "sanctions" });

        Assert.Equal("✅ Verified · The 2002 Pyongyang summit", Assert.Single(tagged.Fields).Name);
        Assert.Empty(none.Fields);
        Assert.Contains("No fact cards tagged \"sanctions\"", none.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_SuggestsSlugsAndTags()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        var slugs = await harness.Dispatcher.AutocompleteAsync(new CommandRequest(ChatPlatform.Discord, StudyHarness.DiscordMember, "C1", "factcard", new Dictionary<string, string> { ["slug"] = "pyong" }, Subcommand: "show"), "slug");
        var byTitle = await harness.Dispatcher.AutocompleteAsync(new CommandRequest(ChatPlatform.Discord, StudyHarness.DiscordMember, "C1", "factcard", new Dictionary<string, string> { ["slug"] = "summit" }, Subcommand: "show"), "slug");
        var tags = await harness.Dispatcher.AutocompleteAsync(new CommandRequest(ChatPlatform.Discord, StudyHarness.DiscordMember, "C1", "factcard", new Dictionary<string, string> { ["tag"] = "2" }, Subcommand: "list"), "tag");

        Assert.Equal(new AutocompleteChoice("pyongyang-summit-2002 — The 2002 Pyongyang summit", "pyongyang-summit-2002"), Assert.Single(slugs));
        Assert.Single(byTitle);
        Assert.Equal("2002", Assert.Single(tags).Value);
    }

    [Fact]
    public async Task UnknownSubcommand_ExplainsTheCommands() =>
        Assert.Equal(ReplyKind.Invalid, (await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "frobnicate")).Kind);

    public void Dispose() => harness.Dispose();
}
