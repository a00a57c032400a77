namespace ChatBot.Core.Reading;

/// <summary>A passage worth reading, with its section heading and one verbatim sentence from it as a taste.</summary>
public sealed record ReadingPassage(string PassageId, string? Heading, string Quote);
