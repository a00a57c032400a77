namespace ChatBot.Core.Timeline;

/// <summary>A sentence of a passage (its number there) that dates events, with its text and the events' dates.</summary>
internal sealed record DatedSentence(int Sentence, string Text, IReadOnlyList<EventDate> Dates);
