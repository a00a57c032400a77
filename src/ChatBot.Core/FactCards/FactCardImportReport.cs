namespace ChatBot.Core.FactCards;

/// <summary>
/// What an import did: one line per card in file order, whether the changes were saved (all of them: an import is
/// all or nothing), and when they were not for a reason other than rejected cards, that reason.
/// </summary>
public sealed record FactCardImportReport(IReadOnlyList<FactCardImportLine> Lines, bool Applied, string? Failure = null)
{
    public int Count(FactCardImportOutcome outcome) => Lines.Count(l => l.Outcome == outcome);
}
