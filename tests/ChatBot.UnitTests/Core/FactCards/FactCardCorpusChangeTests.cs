using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardCorpusChangeTests : IDisposable
{
    private readonly StudyHarness harness = new();

    [Fact]
    public async Task CorpusChange_FlagsCardsWhoseQuotesVanished_AndNeverLeavesThemShownAsVerified()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());
        await harness.CreateAsync(StudyHarness.DiscordModerator, OtherCard());
        harness.Corpus.Swap(ChangedCorpus.Without(SampleCards.SummitQuote));

        var flagged = await harness.Reviewer.FlagBrokenAsync(harness.Corpus.Current);
        var list = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "list");
        var shown = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = "pyongyang-summit-2002" });
        var posted = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "post", new() { ["slug"] = "pyongyang-summit-2002" });

        Assert.Equal("pyongyang-summit-2002", Assert.Single(flagged).Slug);
        var card = await harness.Cards.GetAsync("pyongyang-summit-2002");
        Assert.True(card!.NeedsReview);
        Assert.StartsWith("fact 1: the quote is not in article", card.ReviewNote, StringComparison.Ordinal);
        Assert.Equal(FactCardAction.Flagged, (await harness.Cards.HistoryAsync(card.Slug))[^1].Action);
        Assert.StartsWith(FactCardBadges.NeedsReview, list.Fields[0].Name, StringComparison.Ordinal);
        Assert.Contains("pyongyang-summit-2002 — the indexed articles changed", list.Body, StringComparison.Ordinal);
        Assert.Contains(shown.Fields, f => f.Name == "Status" && f.Value.StartsWith(FactCardBadges.NeedsReview, StringComparison.Ordinal));
        Assert.DoesNotContain(shown.Fields, f => f.Value == "✅ Verified");
        Assert.Equal(ReplyKind.Refused, posted.Kind);
        Assert.False((await harness.Cards.GetAsync("five-abductees"))!.NeedsReview);
    }

    [Fact]
    public async Task CardWithAVanishedQuote_ShowsAsNeedingReview_EvenBeforeTheCheckRuns()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());
        harness.Corpus.Swap(ChangedCorpus.Without(SampleCards.SummitQuote));

        var shown = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = "pyongyang-summit-2002" });

        Assert.Contains(shown.Fields, f => f.Name == "Status" && f.Value.StartsWith(FactCardBadges.NeedsReview, StringComparison.Ordinal));
        Assert.Contains("quote no longer in the articles", shown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlaggedCard_StaysFlaggedWhenTheCorpusReturns_UntilAModeratorSavesIt()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());
        var original = harness.Corpus.Current;
        harness.Corpus.Swap(ChangedCorpus.Without(SampleCards.SummitQuote));
        await harness.Reviewer.FlagBrokenAsync(harness.Corpus.Current);
        harness.Corpus.Swap(original);
        await harness.Reviewer.FlagBrokenAsync(harness.Corpus.Current);
        Assert.True((await harness.Cards.GetAsync("pyongyang-summit-2002"))!.NeedsReview);

        var opened = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "edit", new() { ["slug"] = "pyongyang-summit-2002" });
        var saved = await harness.PressAsync(StudyHarness.DiscordModerator, opened.Form!.Id, opened.Form.Fields.ToDictionary(f => f.Id, f => f.Value ?? ""));

        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        var card = await harness.Cards.GetAsync("pyongyang-summit-2002");
        Assert.False(card!.NeedsReview);
        Assert.Contains("review flag cleared", (await harness.Cards.HistoryAsync(card.Slug))[^1].Changes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAFlaggedCard_WithTheVanishedQuote_IsRefused()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());
        harness.Corpus.Swap(ChangedCorpus.Without(SampleCards.SummitQuote));
        await harness.Reviewer.FlagBrokenAsync(harness.Corpus.Current);
        var opened = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", "edit", new() { ["slug"] = "pyongyang-summit-2002" });

        var reply = await harness.PressAsync(StudyHarness.DiscordModerator, opened.Form!.Id, opened.Form.Fields.ToDictionary(f => f.Id, f => f.Value ?? ""));

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.True((await harness.Cards.GetAsync("pyongyang-summit-2002"))!.NeedsReview);
    }

    private static Dictionary<string, string> OtherCard() => new()
    {
        [FactCardForms.Slug] = "five-abductees",
        [FactCardForms.Title] = "Five abductees came home",
        [FactCardForms.Summary] = "Five abductees returned in October 2002.",
        [FactCardForms.Facts] = $"quote: {SampleCards.ReturnQuote}",
        [FactCardForms.Details] = "status: verified\ntags: repatriation",
    };

    public void Dispose() => harness.Dispose();
}
