namespace ChatBot.Core.Checking;

/// <summary>Consecutive capitalised words of a statement ("Kim Jong Il"), folded, and as written.</summary>
internal sealed record NameRun(IReadOnlyList<string> Words, string Surface);
