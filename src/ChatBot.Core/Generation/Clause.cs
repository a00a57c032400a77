namespace ChatBot.Core.Generation;

/// <summary>
/// A clause of a sentence (split at commas, semicolons and relative words): its content terms and how many
/// negations it holds, counted so that a "not" added to a clause that already says "without" still changes it.
/// </summary>
internal sealed record Clause(IReadOnlySet<string> Terms, int Negations);
