namespace ChatBot.Core.Languages;

/// <summary>
/// The language a question seems to be written in: a code ("fr", "ja", or "zh-ja" / "und-Cyrl" when only the script
/// is known) and the name said to the reader, in English ("French", "Chinese or Japanese").
/// </summary>
public sealed record DetectedLanguage(string Code, string Name, WritingScript Script);
