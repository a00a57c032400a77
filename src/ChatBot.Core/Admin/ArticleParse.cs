using ChatBot.Core.Corpus;

namespace ChatBot.Core.Admin;

/// <summary>How one article came out of indexing: its passages and the dates its sentences gave the timeline.</summary>
public sealed record ArticleParse(Article Article, int Passages, IReadOnlyList<string> Dates);
