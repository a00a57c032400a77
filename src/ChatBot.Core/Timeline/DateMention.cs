namespace ChatBot.Core.Timeline;

/// <summary>A date found in a sentence, with the characters it was read from.</summary>
public sealed record DateMention(EventDate Date, int Start, int Length);
