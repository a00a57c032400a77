using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardDraftFlowTests : IDisposable
{
    private readonly StudyHarness harness = new();
    private readonly ChatUser moderator = StudyHarness.SlackModerator;

    [Fact]
    public async Task Draft_Edit_Save_Post_PublishesOnlyWhatTheModeratorSaved()
    {
        var draft = await harness.CommandAsync(moderator, "factcard", "draft", new() { ["topic"] = "five abductees return" }, ChatPlatform.Slack);
        Assert.Equal(ReplyKind.FactCard, draft.Kind);
        Assert.Contains(draft.Fields, f => f.Value == FactCardBadges.Draft);
        Assert.Empty(await harness.Cards.ListAsync());

        var form = (await harness.PressAsync(moderator, draft.ButtonRows[0][0].ActionId, platform: ChatPlatform.Slack)).Form!;
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        Assert.Equal("five-abductees-return", values[FactCardForms.Slug]);
        Assert.Equal("", values[FactCardForms.Summary]);
        values[FactCardForms.Summary] = "North Korea let five abductees return to Japan in October 2002.";
        values[FactCardForms.Details] = "status: verified\ntags: repatriation";

        var saved = await harness.PressAsync(moderator, form.Id, values, ChatPlatform.Slack);
        var posted = await harness.CommandAsync(moderator, "factcard", "post", new() { ["slug"] = "five-abductees-return" }, ChatPlatform.Slack);

        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        Assert.Equal(ReplyVisibility.Public, posted.Visibility);
        Assert.Contains(posted.Fields, f => f.Name == "Status" && f.Value == "✅ Verified");
        Assert.Contains(posted.Sources, s => s.Quote == SampleCards.ReturnQuote);
        var card = await harness.Cards.GetAsync("five-abductees-return");
        Assert.Equal(FactCardAction.Created, Assert.Single(await harness.Cards.HistoryAsync(card!.Slug)).Action);
    }

    [Fact]
    public void Drafter_DraftsOnlyExactCorpusSentencesOnTheTopic_WithTheirArticles()
    {
        var draft = new FactCardDrafter().Draft(TestCorpus.Index, "Koizumi", out _)!;

        Assert.InRange(draft.Content.Facts.Count, 1, FactCardDrafter.MaxFacts);
        Assert.All(draft.Content.Facts, f =>
        {
            Assert.Contains(f.Quote, TestCorpus.Index.Article(f.ArticleId).Text, StringComparison.Ordinal);
            Assert.Contains("Koizumi", f.Quote, StringComparison.Ordinal);
            Assert.Equal(f.Quote, f.Text);
        });
        Assert.Equal(FactCardStatus.Unverified, draft.Content.Status);
    }

    [Theory]
    [InlineData("Megumi Yokota")]
    [InlineData("cryptocurrency mining")]
    public async Task Draft_OnATopicTheCorpusLacks_DeclinesPlainly(string topic)
    {
        var reply = await harness.CommandAsync(moderator, "factcard", "draft", new() { ["topic"] = topic }, ChatPlatform.Slack);

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Contains("Nothing to draft", reply.Body, StringComparison.Ordinal);
        Assert.Empty(reply.Sources);
    }

    [Fact]
    public async Task Draft_SuggestsAFreeSlug_WhenTheTopicsSlugIsTaken()
    {
        await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit("koizumi"));

        var draft = await harness.CommandAsync(moderator, "factcard", "draft", new() { ["topic"] = "Koizumi" }, ChatPlatform.Slack);

        Assert.Contains(draft.Fields, f => f.Name == "Suggested slug" && f.Value == "koizumi-2");
    }

    public void Dispose() => harness.Dispose();
}
