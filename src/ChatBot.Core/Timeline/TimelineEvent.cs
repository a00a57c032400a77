using ChatBot.Core.Indexing;

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

    // The sources as a list or, for a loaded event whose one source quotes the event's own sentence, that source's
    // passage: the list (and its record) is made on first read and kept. A large timeline has hundreds of thousands of
    // such events, a list and a record cost more than the event itself, and only the few events shown are ever cited.
    private object sources;

    // The terms as EventTerms.Stored gives them: an array of the event's own, or the loaded timeline's one table and where
    // the event's run is in it; or, for an event read from a loaded timeline's columns, those columns and the event's row,
    // which also tells that its sources are that row's. Two fields rather than the struct keep the record at 64 bytes.
    private object? termsHolder;
    private int termsAt;

    public TimelineEvent(EventDate date, string text, IReadOnlyList<TimelineSource> sources, int[] terms, int corpusOrder)
        : this(date, SentenceText.Of(text), sources, terms, corpusOrder)
    {
    }

    internal TimelineEvent(EventDate date, SentenceText text, IReadOnlyList<TimelineSource> sources, EventTerms terms, int corpusOrder)
        : this(date, text, (object)sources, terms, corpusOrder)
    {
    }

    /// <summary>An event whose one source is <paramref name="text"/> itself, a slice of <paramref name="passage"/>'s article.</summary>
    internal TimelineEvent(EventDate date, SentenceText text, Passage passage, EventTerms terms, int corpusOrder)
        : this(date, text, (object)passage, terms, corpusOrder)
    {
    }

    /// <summary>The event of <paramref name="row"/> of a loaded timeline: its one source is its sentence, in <paramref name="passage"/>.</summary>
    internal TimelineEvent(EventDate date, SentenceText text, Passage passage, TimelineColumns columns, int row, int corpusOrder)
    {
        Date = date;
        this.text = text;
        sources = passage;
        (termsHolder, termsAt) = (columns, row);
        CorpusOrder = corpusOrder;
    }

    private TimelineEvent(EventDate date, SentenceText text, object sources, EventTerms terms, int corpusOrder)
    {
        Date = date;
        this.text = text;
        this.sources = sources;
        Terms = terms;
        CorpusOrder = corpusOrder;
    }

    // What `with` copies: the original's list made first, so a copy holds the very list the original does, as before.
    private TimelineEvent(TimelineEvent original)
    {
        Date = original.Date;
        text = original.text;
        sources = original.Sources;
        (termsHolder, termsAt) = (original.termsHolder, original.termsAt);
        CorpusOrder = original.CorpusOrder;
    }

    public EventDate Date { get; init; }

    /// <summary>The sentence; a new string on each read when the event holds a slice, so read it once per use.</summary>
    public string Text
    {
        get => text.Value;
        init => text = SentenceText.Of(value);
    }

    public IReadOnlyList<TimelineSource> Sources
    {
        get => sources is Passage passage ? Keep(passage) : (IReadOnlyList<TimelineSource>)sources;
        init
        {
            // Other sources than its row's: the event is no longer that row's (its terms stay what they were).
            (termsHolder, termsAt) = Terms.Stored;
            sources = value;
        }
    }

    public EventTerms Terms
    {
        get => termsHolder is TimelineColumns columns ? columns.TermsAt(termsAt) : EventTerms.Of(termsHolder, termsAt);
        init => (termsHolder, termsAt) = value.Stored;
    }

    public int CorpusOrder { get; init; }

    internal SentenceText Sentence => text;

    /// <summary>The passage of the one source not made yet (its start and length are the sentence's), or null.</summary>
    internal Passage? UnmadeSource => sources as Passage;

    /// <summary>The sources, without keeping them when they are not made yet (for what reads every event once).</summary>
    internal IReadOnlyList<TimelineSource> SourcesUnkept => sources is Passage passage ? Made(passage) : (IReadOnlyList<TimelineSource>)sources;

    /// <summary>Whether a source is in one of <paramref name="passageIds"/>, without making the sources (for scans of every event).</summary>
    internal bool CitesAnyOf(IReadOnlySet<string> passageIds) =>
        sources is Passage passage ? passageIds.Contains(passage.Id) : Sources.Any(s => passageIds.Contains(s.PassageId));

    public void Deconstruct(out EventDate date, out string text, out IReadOnlyList<TimelineSource> sources, out EventTerms terms, out int corpusOrder)
    {
        date = Date;
        text = Text;
        sources = Sources;
        terms = Terms;
        corpusOrder = CorpusOrder;
    }

    // As the generated equality did (lists and arrays by reference), except that the text is compared as text. A list not
    // made yet is one no other event can hold, but two events read from the same row of a loaded timeline (each read makes
    // a new one) have that row's sources, made or not.
    public bool Equals(TimelineEvent? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Date == other.Date && CorpusOrder == other.CorpusOrder && SameSources(other)
            && Terms.Equals(other.Terms) && text.Equals(other.text));

    // Without the sources, whose list may be made after the event is hashed; equal events still hash alike.
    public override int GetHashCode() => HashCode.Combine(Date, text, Terms, CorpusOrder);

    private bool SameSources(TimelineEvent other) =>
        (termsHolder is TimelineColumns && ReferenceEquals(termsHolder, other.termsHolder) && termsAt == other.termsAt)
        || (sources is not Passage && Equals(sources, other.sources));

    private TimelineSource[] Made(Passage passage) => [new TimelineSource(passage.ArticleId, passage.Id, text.Start, text.Length, text)];

    private IReadOnlyList<TimelineSource> Keep(Passage passage)
    {
        var made = Made(passage);
        var kept = Interlocked.CompareExchange(ref sources, made, passage);
        return ReferenceEquals(kept, passage) ? made : (IReadOnlyList<TimelineSource>)kept;
    }
}
