namespace ChatBot.Core.Generation;

/// <summary>
/// One sentence (or cited clause) of a model's answer: its text without citation markers, and the passage numbers
/// its markers named, in order. A marker that is not a plain number ("[1-3]", "[a]") is kept as 0, which no
/// passage has, so the sentence fails as miscited rather than being silently repaired.
/// </summary>
public sealed record GeneratedSentence(string Text, IReadOnlyList<int> Citations);
