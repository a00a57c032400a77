using ChatBot.Core.Corpus;

namespace ChatBot.Core.Reading;

/// <summary>An article on the reading list and the passages of it to read, in the article's order.</summary>
public sealed record ReadingItem(Article Article, IReadOnlyList<ReadingPassage> Passages);
