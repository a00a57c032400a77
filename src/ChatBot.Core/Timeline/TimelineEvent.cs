namespace ChatBot.Core.Timeline;

/// <summary>
/// A dated event with the sentence that states it. The same event told by several articles is one event with
/// several sources. <see cref="Terms"/> are the sentence's index terms, sorted, for topic filters. Events loaded from
/// a snapshot hold their sentence as a slice of the article and make <see cref="Text"/> when it is read; two events
/// with the same text are equal however each holds it.
/// </summary>
public sealed record TimelineEvent
{
    private readonly SentenceText text;

    public TimelineEvent(EventDate date, string text, IReadOnlyList<TimelineSource> sources, int[] terms, int corpusOrder)
        : this(date, SentenceText.Of(text), sources, terms, corpusOrder)
    {
    }

    internal TimelineEvent(EventDate date, SentenceText text, IReadOnlyList<TimelineSource> sources, int[] terms, int corpusOrder)
    {
        Date = date;
        this.text = text;
        Sources = sources;
        Terms = terms;
        CorpusOrder = corpusOrder;
    }

    public EventDate Date { get; init; }

    /// <summary>The sentence; a new string on each read when the event holds a slice, so read it once per use.</summary>
    public string Text
    {
        get => text.Value;
        init => text = SentenceText.Of(value);
    }

    public IReadOnlyList<TimelineSource> Sources { get; init; }

    public int[] Terms { get; init; }

    public int CorpusOrder { get; init; }

    internal SentenceText Sentence => text;

    public void Deconstruct(out EventDate date, out string text, out IReadOnlyList<TimelineSource> sources, out int[] terms, out int corpusOrder)
    {
        date = Date;
        text = Text;
        sources = Sources;
        terms = Terms;
        corpusOrder = CorpusOrder;
    }

    // As the generated equality did (lists and arrays by reference), except that the text is compared as text.
    public bool Equals(TimelineEvent? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Date == other.Date && CorpusOrder == other.CorpusOrder && Equals(Sources, other.Sources)
            && Equals(Terms, other.Terms) && text.Equals(other.text));

    public override int GetHashCode() => HashCode.Combine(Date, text, Sources, Terms, CorpusOrder);
}
