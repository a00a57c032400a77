using ChatBot.Core.Admin;
using ChatBot.Core.FactCards;

namespace ChatBot.UnitTests.Admin;

public sealed class FactCardImportCountsTests
{
    private static readonly FactCardImportItem[] Items = [Item("new-card"), Item("old-card"), Item("same-card")];

    [Fact]
    public void Of_AnAppliedImport_TellsCreatedFromUpdatedByWhatWasLiveBefore()
    {
        var report = new FactCardImportReport(
            [new("new-card", FactCardImportOutcome.Imported, 1), new("old-card", FactCardImportOutcome.Imported, 4), new("same-card", FactCardImportOutcome.Unchanged, 2)],
            Applied: true);

        var counts = FactCardImportCounts.Of(report, Items, new HashSet<string>(["old-card", "same-card"]));

        Assert.Equal(new FactCardImportCounts(1, 1, 1, 0), counts);
        Assert.Equal("1 created, 1 updated, 1 unchanged, 0 refused", counts.ToString());
    }

    [Fact]
    public void Of_AnImportNotMade_RefusesEveryCard_AndCountsNothingElse()
    {
        var report = new FactCardImportReport(
            [new("new-card", FactCardImportOutcome.NotImported), new("old-card", FactCardImportOutcome.Rejected, Reason: "bad"), new("same-card", FactCardImportOutcome.NotImported)],
            Applied: false);

        Assert.Equal(new FactCardImportCounts(0, 0, 0, 3), FactCardImportCounts.Of(report, Items, new HashSet<string>(["old-card"])));
    }

    private static FactCardImportItem Item(string slug) =>
        new(slug, slug, new FactCardContent("t", "s", [], FactCardStatus.Unverified, []), []);
}
