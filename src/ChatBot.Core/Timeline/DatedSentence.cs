namespace ChatBot.Core.Timeline;

/// <summary>
/// A sentence of a passage (its number there) that dates events, with the events' dates. Its text is not kept: events
/// quote the sentence as a slice of the article (<see cref="SentenceText"/>).
/// </summary>
internal sealed record DatedSentence(int Sentence, IReadOnlyList<EventDate> Dates);
