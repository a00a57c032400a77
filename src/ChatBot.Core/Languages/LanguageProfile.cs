namespace ChatBot.Core.Languages;

/// <summary>
/// One language as the identifier knows it: its script, its common function and question words (lower case; an
/// elided form ends in an apostrophe, "qu'") and the letters typical of it.
/// </summary>
public sealed record LanguageProfile(string Code, string Name, WritingScript Script, IReadOnlySet<string> Words, string Letters);
