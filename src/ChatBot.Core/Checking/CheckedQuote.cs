namespace ChatBot.Core.Checking;

/// <summary>
/// A sentence of an article quoted for a claim: <see cref="Text"/> is verbatim article text followed by its citation
/// marker ("… [1]"); <see cref="Differences"/> is empty for a sentence that says the same thing.
/// </summary>
public sealed record CheckedQuote(string Text, int Citation, IReadOnlyList<Difference> Differences);
