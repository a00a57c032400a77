namespace ChatBot.Core.FactCards;

/// <summary>
/// One card of an import file: how to name it in messages ("card #3 (no slug)" when it has none), its slug and
/// content, and the problems reading the file already found (a bad status, a fact without a quote).
/// </summary>
public sealed record FactCardImportItem(string Name, string Slug, FactCardContent Content, IReadOnlyList<FactCardProblem> Problems);
