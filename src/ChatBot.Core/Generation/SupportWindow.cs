using ChatBot.Core.Indexing;

namespace ChatBot.Core.Generation;

/// <summary>
/// The consecutive sentences of a cited passage that support a generated sentence: <see cref="Start"/> and
/// <see cref="End"/> are offsets in the article text, so the quote shown is exactly the text the check read.
/// <see cref="GivenN"/> is the number the passage had in the prompt.
/// </summary>
public sealed record SupportWindow(int GivenN, Passage Passage, int FirstSentence, int LastSentence, int Start, int End);
