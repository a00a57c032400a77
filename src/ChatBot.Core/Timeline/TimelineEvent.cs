namespace ChatBot.Core.Timeline;

/// <summary>
/// A dated event with the sentence that states it. The same event told by several articles is one event with
/// several sources. <see cref="Terms"/> are the sentence's index terms, sorted, for topic filters.
/// </summary>
public sealed record TimelineEvent(EventDate Date, string Text, IReadOnlyList<TimelineSource> Sources, int[] Terms, int CorpusOrder);
