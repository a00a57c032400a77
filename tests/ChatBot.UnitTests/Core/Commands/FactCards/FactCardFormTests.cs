using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

public sealed class FactCardFormTests : IDisposable
{
    private const string Slug = "pyongyang-summit-2002";
    private readonly StudyHarness harness = new();
    private readonly ChatUser alice = StudyHarness.DiscordModerator;
    private readonly ChatUser dana = StudyHarness.DiscordRoleModerator;

    [Fact]
    public async Task Create_OpensAFormOfAtMostFiveFields_AndSavesVersionOneWithARevision()
    {
        var opened = await harness.CommandAsync(alice, "factcard", "create");
        var saved = await harness.PressAsync(alice, opened.Form!.Id, SampleCards.Summit());

        Assert.InRange(opened.Form.Fields.Count, 1, 5);
        Assert.All(opened.Form.Fields, f => Assert.InRange(f.Label.Length, 1, 45));
        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        Assert.StartsWith($"Created \"{Slug}\", version 1.", saved.Body, StringComparison.Ordinal);
        var card = await harness.Cards.GetAsync(Slug);
        Assert.Equal((1, FactCardStatus.Verified, "discord:100"), (card!.Version, card.Content.Status, card.CreatedBy));
        Assert.Equal(SampleCards.AdmissionQuote, card.Content.Facts[1].Text);
        var revision = Assert.Single(await harness.Cards.HistoryAsync(Slug));
        Assert.Equal((FactCardAction.Created, "discord:100", "Alice"), (revision.Action, revision.By, revision.ByName));
    }

    [Fact]
    public async Task Create_WithADuplicateSlug_IsRefused_AndKeepsTheTextToResubmit()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var values = SampleCards.Summit();
        values[FactCardForms.Title] = "Another title";

        var reply = await harness.CreateAsync(dana, values);
        var reopened = await harness.PressAsync(dana, ReopenAction(reply));

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Contains("already exists", reply.Body, StringComparison.Ordinal);
        Assert.Equal("The 2002 Pyongyang summit", (await harness.Cards.GetAsync(Slug))!.Content.Title);
        Assert.Equal("Another title", reopened.Form!.Fields.Single(f => f.Id == FactCardForms.Title).Value);
    }

    [Fact]
    public async Task Create_WithAQuoteNotInTheCorpus_IsRefusedWithTheReason()
    {
        var values = SampleCards.Summit();
        values[FactCardForms.Facts] = $"source: {SampleCards.Article}\nquote: North Korea admitted to the abduction of 17 Japanese nationals.";

        var reply = await harness.CreateAsync(alice, values);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.Contains($"fact 1: the quote is not in article {SampleCards.Article}", reply.Body, StringComparison.Ordinal);
        Assert.Null(await harness.Cards.GetAsync(Slug));
    }

    [Fact]
    public async Task Create_WithStraightQuotesForTypographicOnes_ShowsTheArticlesExactWording()
    {
        var values = SampleCards.Summit();
        values[FactCardForms.Facts] = "quote: Kim condemned the abductions as 'an appalling incident";

        var reply = await harness.CreateAsync(alice, values);

        Assert.Contains("article 000_5816683cddb79770 writes it as: Kim condemned the abductions as ‘an appalling incident", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithOverlongFieldsAndABadSlugAndStatus_ListsEveryProblem()
    {
        var values = SampleCards.Summit("Not A Slug!");
        values[FactCardForms.Title] = new string('t', FactCardLimits.TitleMax + 1);
        values[FactCardForms.Summary] = new string('s', FactCardLimits.SummaryMax + 1);
        values[FactCardForms.Details] = "status: probably\ntags: " + string.Join(", ", Enumerable.Range(1, 9).Select(i => $"tag{i}"));

        var reply = await harness.CreateAsync(alice, values);

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        foreach (var field in new[] { "slug:", "title: is 101 characters", "summary: is 1001 characters", "status: \"probably\"", "tags: at most 8" })
        {
            Assert.Contains(field, reply.Body, StringComparison.Ordinal);
        }

        Assert.Empty(await harness.Cards.ListAsync());
    }

    [Fact]
    public async Task Edit_SavesTheNextVersion_AndHistorySaysWhoChangedWhatAndWhen()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var opened = await harness.CommandAsync(dana, "factcard", "edit", new() { ["slug"] = Slug });
        var values = Values(opened.Form!);
        values[FactCardForms.Details] = "status: disputed\ntags: summit";
        harness.Time.Advance(TimeSpan.FromHours(2));

        var saved = await harness.PressAsync(dana, opened.Form!.Id, values);
        var history = await harness.CommandAsync(alice, "factcard", "history", new() { ["slug"] = Slug });

        Assert.Equal($"fc:edit:{Slug}:1", opened.Form.Id);
        Assert.StartsWith($"Saved \"{Slug}\", version 2.", saved.Body, StringComparison.Ordinal);
        Assert.Contains("v2 · 2026-01-10 14:00 UTC · edited by Dana (discord:101)", history.PlainBody, StringComparison.Ordinal);
        Assert.Contains("status: verified → disputed", history.Body, StringComparison.Ordinal);
        Assert.Contains("tags: summit, 2002 → summit", history.Body, StringComparison.Ordinal);
        Assert.Contains("v1 · 2026-01-10 12:00 UTC · created by Alice (discord:100)", history.PlainBody, StringComparison.Ordinal);
        Assert.All(history.Inlines, i => Assert.Equal(ReplyInlineKind.Time, i.Kind));
        Assert.DoesNotContain(" UTC", history.Body, StringComparison.Ordinal);
        var revisions = await harness.Cards.HistoryAsync(Slug);
        Assert.Equal(FactCardStatus.Verified, revisions[0].Card.Content.Status);
        Assert.Equal(FactCardStatus.Disputed, revisions[1].Card.Content.Status);
    }

    [Fact]
    public async Task Edit_ByTwoModeratorsFromTheSameVersion_GivesTheSecondAConflict_AndLosesNothing()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var first = await harness.CommandAsync(alice, "factcard", "edit", new() { ["slug"] = Slug });
        var second = await harness.CommandAsync(dana, "factcard", "edit", new() { ["slug"] = Slug });
        var alicesEdit = Values(first.Form!);
        alicesEdit[FactCardForms.Title] = "Alice's title";
        var danasEdit = Values(second.Form!);
        danasEdit[FactCardForms.Title] = "Dana's title";

        var saved = await harness.PressAsync(alice, first.Form!.Id, alicesEdit);
        var conflict = await harness.PressAsync(dana, second.Form!.Id, danasEdit);
        var resubmit = await harness.PressAsync(dana, conflict.ButtonRows.SelectMany(r => r).Single(b => b.Label == "Resubmit my text").ActionId);

        Assert.Equal(ReplyKind.FactCard, saved.Kind);
        Assert.Equal(ReplyKind.Invalid, conflict.Kind);
        Assert.Contains("someone else changed this card", conflict.Title!, StringComparison.Ordinal);
        Assert.Contains("after you opened version 1; it is now version 2", conflict.Body, StringComparison.Ordinal);
        Assert.Contains("v2 (discord:100): title: “The 2002 Pyongyang summit” → “Alice's title”", conflict.Body, StringComparison.Ordinal);
        Assert.Equal("Alice's title", (await harness.Cards.GetAsync(Slug))!.Content.Title);
        Assert.Equal($"fc:edit:{Slug}:2", resubmit.Form!.Id);
        Assert.Equal("Dana's title", resubmit.Form.Fields.Single(f => f.Id == FactCardForms.Title).Value);
    }

    [Fact]
    public async Task Edit_WithoutChanges_SavesNothing()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var opened = await harness.CommandAsync(alice, "factcard", "edit", new() { ["slug"] = Slug });

        var reply = await harness.PressAsync(alice, opened.Form!.Id, Values(opened.Form));

        Assert.Contains("Nothing changed", reply.Body, StringComparison.Ordinal);
        Assert.Equal(1, (await harness.Cards.GetAsync(Slug))!.Version);
    }

    [Fact]
    public async Task Delete_IsSoftAndConfirmed_HidesTheCard_AndKeepsItsHistory()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var asked = await harness.CommandAsync(alice, "factcard", "delete", new() { ["slug"] = Slug });
        Assert.Equal(1, (await harness.Cards.GetAsync(Slug))!.Version);

        var deleted = await harness.PressAsync(alice, asked.ButtonRows[0][0].ActionId);
        var shown = await harness.CommandAsync(StudyHarness.DiscordMember, "factcard", "show", new() { ["slug"] = Slug });
        var history = await harness.CommandAsync(alice, "factcard", "history", new() { ["slug"] = Slug });

        Assert.Contains("Deleted", deleted.Body, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.NotFound, shown.Kind);
        Assert.True((await harness.Cards.GetAsync(Slug))!.IsDeleted);
        Assert.Contains("deleted by Alice (discord:100)", history.Body, StringComparison.Ordinal);
        Assert.Contains(await harness.Log.ListAsync(5), e => e.Action == "factcard delete" && e.UserId == "100" && e.Outcome == "saved version 2");
    }

    [Fact]
    public async Task Delete_ConfirmedAfterSomeoneEdited_IsNotDone()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        var asked = await harness.CommandAsync(alice, "factcard", "delete", new() { ["slug"] = Slug });
        var opened = await harness.CommandAsync(dana, "factcard", "edit", new() { ["slug"] = Slug });
        var values = Values(opened.Form!);
        values[FactCardForms.Title] = "Edited meanwhile";
        await harness.PressAsync(dana, opened.Form!.Id, values);

        var reply = await harness.PressAsync(alice, asked.ButtonRows[0][0].ActionId);

        Assert.Contains("Not deleted", reply.Body, StringComparison.Ordinal);
        Assert.False((await harness.Cards.GetAsync(Slug))!.IsDeleted);
    }

    [Fact]
    public async Task Create_OverADeletedSlug_RestoresIt_WithHistoryContinuing()
    {
        await harness.CreateAsync(alice, SampleCards.Summit());
        await harness.PressAsync(alice, "fc:del:pyongyang-summit-2002:1");

        var reply = await harness.CreateAsync(dana, SampleCards.Summit());

        Assert.StartsWith($"Created \"{Slug}\", version 3.", reply.Body, StringComparison.Ordinal);
        var history = await harness.Cards.HistoryAsync(Slug);
        Assert.Equal([FactCardAction.Created, FactCardAction.Deleted, FactCardAction.Restored], history.Select(r => r.Action));
    }

    [Fact]
    public async Task PendingForm_CannotBeOpenedByAnotherModerator()
    {
        var values = SampleCards.Summit();
        values[FactCardForms.Facts] = "quote: not in the corpus at all, not even close";
        var refused = await harness.CreateAsync(alice, values);

        var reply = await harness.PressAsync(dana, ReopenAction(refused));

        Assert.Null(reply.Form);
        Assert.Contains("no longer available", reply.Body, StringComparison.Ordinal);
    }

    private static string ReopenAction(Reply reply) => reply.ButtonRows.SelectMany(r => r).Single(b => b.ActionId.StartsWith("fc:open:", StringComparison.Ordinal)).ActionId;

    private static Dictionary<string, string> Values(ReplyForm form) => form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");

    public void Dispose() => harness.Dispose();
}
