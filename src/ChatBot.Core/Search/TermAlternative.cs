namespace ChatBot.Core.Search;

/// <summary>An index term that can stand for a query concept, and how well (1 = the word itself).</summary>
public readonly record struct TermAlternative(int TermId, float Weight);
