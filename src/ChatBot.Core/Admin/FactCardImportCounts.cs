using ChatBot.Core.FactCards;

namespace ChatBot.Core.Admin;

/// <summary>
/// An import report as the console states it: cards created (no live card had the slug before), updated, unchanged,
/// and refused (rejected cards, or every card when the import as a whole was not made).
/// </summary>
public sealed record FactCardImportCounts(int Created, int Updated, int Unchanged, int Refused)
{
    public static FactCardImportCounts Of(FactCardImportReport report, IReadOnlyList<FactCardImportItem> items, IReadOnlySet<string> liveSlugsBefore)
    {
        if (!report.Applied)
        {
            return new(0, 0, 0, report.Lines.Count);
        }

        var (created, updated) = (0, 0);
        for (var i = 0; i < report.Lines.Count && i < items.Count; i++)
        {
            if (report.Lines[i].Outcome != FactCardImportOutcome.Imported)
            {
                continue;
            }

            if (liveSlugsBefore.Contains(items[i].Slug))
            {
                updated++;
            }
            else
            {
                created++;
            }
        }

        return new(created, updated, report.Count(FactCardImportOutcome.Unchanged), report.Count(FactCardImportOutcome.Rejected));
    }

    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged, {Refused} refused";
}
