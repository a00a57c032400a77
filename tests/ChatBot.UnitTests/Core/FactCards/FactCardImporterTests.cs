using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

/// <summary>An import over a real LiteDB file: all or nothing, every change in the moderation log with its card.</summary>
public sealed class FactCardImporterTests : IDisposable
{
    private static readonly FactCardActor Alice = FactCardActor.Cli("alice");
    private readonly StudyHarness harness = new();

    private FactCardImporter Importer => new(harness.Cards, harness.Log, harness.Corpus, harness.Time);

    [Fact]
    public async Task OneBadCard_ImportsNothing_ReportsItBySlugAndReason_AndLogsTheRefusal()
    {
        var report = await Importer.ImportAsync([Item("pyongyang-summit-2002"), Item("invented", quote: "North Korea returned all abductees in 1990.")], Alice);

        Assert.False(report.Applied);
        Assert.Equal([FactCardImportOutcome.NotImported, FactCardImportOutcome.Rejected], report.Lines.Select(l => l.Outcome));
        Assert.StartsWith("fact 1: the quote is not in article", report.Lines[1].Reason, StringComparison.Ordinal);
        Assert.Empty(await harness.Cards.ListAsync());
        var entry = Assert.Single(await harness.Log.ListAsync(10));
        Assert.Equal((ChatPlatform.Cli, "alice", FactCardImporter.Action, "2 cards", "refused: 1 invalid; nothing imported"), (entry.Platform, entry.UserId, entry.Action, entry.Target, entry.Outcome));
    }

    [Fact]
    public async Task AGoodFile_SavesEveryNewOrChangedCard_WithARevisionAndALogEntryEach()
    {
        await Importer.ImportAsync([Item("pyongyang-summit-2002")], Alice);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var report = await Importer.ImportAsync([Item("pyongyang-summit-2002"), Item("admission-2002", quote: SampleCards.AdmissionQuote)], FactCardActor.Cli("bob"));

        Assert.True(report.Applied);
        Assert.Equal([(FactCardImportOutcome.Unchanged, 1), (FactCardImportOutcome.Imported, 1)], report.Lines.Select(l => (l.Outcome, l.Version ?? 0)));
        Assert.Equal(FactCardAction.Imported, Assert.Single(await harness.Cards.HistoryAsync("admission-2002")).Action);
        var log = await harness.Log.ListAsync(10);
        Assert.Equal([("bob", "admission-2002", "saved version 1"), ("alice", "pyongyang-summit-2002", "saved version 1")], log.Select(e => (e.UserId, e.Target, e.Outcome)));
    }

    [Fact]
    public async Task AnEditMadeWhileImporting_TurnsTheWholeImportIntoAConflict_AndSavesNothing()
    {
        await Importer.ImportAsync([Item("pyongyang-summit-2002")], Alice);
        var stale = await harness.Cards.GetAsync("pyongyang-summit-2002");
        await harness.Service.EditAsync("pyongyang-summit-2002", 1, SampleCards.SummitContent() with { Title = "Edited in chat" }, new FactCardActor("discord:1", "Dana"));
        var writes = new[]
        {
            FactCardWrites.New("admission-2002", Content(SampleCards.AdmissionQuote), null, Alice, FactCardAction.Imported, harness.Time.GetUtcNow()),
            FactCardWrites.Update(stale!, Content(SampleCards.ReturnQuote), Alice, FactCardAction.Imported, harness.Time.GetUtcNow())!,
        };
        var entries = writes.Select(w => new ModerationEntry(harness.Time.GetUtcNow(), ChatPlatform.Cli, "alice", FactCardImporter.Action, w.Card.Slug, "saved")).ToList();

        var saved = await harness.Cards.SaveAllAsync(writes, entries);

        Assert.Equal((FactCardSaveOutcome.Conflict, 2), (saved.Outcome, saved.Current!.Version));
        Assert.Null(await harness.Cards.GetAsync("admission-2002"));
        Assert.Equal("Edited in chat", (await harness.Cards.GetAsync("pyongyang-summit-2002"))!.Content.Title);
        Assert.DoesNotContain(await harness.Log.ListAsync(10), e => e.Outcome == "saved");
    }

    public void Dispose() => harness.Dispose();

    private static FactCardImportItem Item(string slug, string quote = SampleCards.SummitQuote) => new(slug, slug, Content(quote), []);

    private static FactCardContent Content(string quote) =>
        new("A card", "Cited from the corpus.", [new FactCardFact(quote, SampleCards.Article, quote)], FactCardStatus.Verified, ["summit"]);
}
