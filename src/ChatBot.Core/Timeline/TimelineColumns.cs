using System.Collections;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Timeline;

/// <summary>
/// A loaded timeline as columns: per event a date number, the passage and sentence it is sliced from, its corpus order and
/// where its terms are in the shared table. An event object is made only when one is read — an answer attaches a few, a
/// timeline reply a page — while the scans of every event (topic and year filters, the events by sentence, the known
/// years) read the columns. Two events read from the same row are equal (<see cref="TimelineEvent.Equals(TimelineEvent?)"/>).
/// The rare event that is not one source quoting its own sentence (told by several articles, or with a stored text) is
/// kept as the object it was read as.
/// </summary>
internal sealed class TimelineColumns : IReadOnlyList<TimelineEvent>
{
    private readonly EventDate[] dates;
    private readonly NarrowInts dateOf;
    // The one source's passage ordinal, or for a kept event the complement of its place in kept.
    private readonly int[] passageOf;
    // Where the sentence starts from its passage's start: two bytes where four held the place in the article (wider only
    // if some sentence starts 65,536 characters or more into its passage); 0 for a kept row.
    private readonly NarrowInts starts;
    private readonly NarrowInts lengths;
    private readonly int[] orders;
    private readonly int[] termsAt;
    private readonly object termTable;
    private readonly TimelineEvent[] kept;
    private readonly Passage[] passages;
    // Each row's article, and each article's text: an event is made without reading its passage or article objects.
    private readonly NarrowInts articleOf;
    private readonly CompactText[] texts;

    public TimelineColumns(Rows rows, Passage[] passages, IReadOnlyList<Article> articles)
    {
        dates = [.. rows.Dates];
        dateOf = NarrowInts.Of(rows.DateOf);
        passageOf = rows.PassageOf;
        starts = NarrowInts.Of(rows.Starts);
        lengths = NarrowInts.Of(rows.Lengths);
        orders = rows.Orders;
        termsAt = rows.TermsAt;
        termTable = rows.TermTable;
        kept = [.. rows.Kept.Select(k => new TimelineEvent(k.Date, k.Text, k.Sources, EventTerms.Of(termTable, termsAt[k.Row]), k.Order))];
        this.passages = passages;
        articleOf = NarrowInts.Of(rows.ArticleOf);
        texts = [.. articles.Select(a => a.Content)];
    }

    public int Count => orders.Length;

    public TimelineEvent this[int index]
    {
        get
        {
            var passage = passageOf[index];
            return passage < 0 ? kept[~passage] : Made(index, passage);
        }
    }

    /// <summary>The distinct dates, each held once; <see cref="DateNumber"/> gives an event's.</summary>
    public IReadOnlyList<EventDate> Dates => dates;

    /// <summary>The timeline of <paramref name="timeline"/> as columns, or null when it is a list of events (a built index).</summary>
    public static TimelineColumns? Of(IReadOnlyList<TimelineEvent> timeline) =>
        timeline as TimelineColumns ?? (timeline as LazyList<TimelineEvent>)?.Items as TimelineColumns;

    public int DateNumber(int row) => dateOf[row];

    /// <summary>Every row's date number, in timeline order.</summary>
    public NarrowInts DateNumbers => dateOf;

    public EventDate DateAt(int row) => dates[dateOf[row]];

    /// <summary>The article ordinal of a row's one source (not for kept rows: read <see cref="KeptAt"/>'s sources).</summary>
    public int ArticleAt(int row) => articleOf[row];

    public EventTerms TermsAt(int row) => EventTerms.Of(termTable, termsAt[row]);

    /// <summary>The kept event of a row that is not one source quoting its own sentence, or null.</summary>
    public TimelineEvent? KeptAt(int row) => passageOf[row] < 0 ? kept[~passageOf[row]] : null;

    /// <summary>The passage ordinal of a row's one source (not for kept rows).</summary>
    public int PassageAt(int row) => passageOf[row];

    /// <summary>Where the sentence of a row's one source starts, from the start of that passage (not for kept rows).</summary>
    public int SentenceOffsetAt(int row) => starts[row];

    public IEnumerator<TimelineEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private TimelineEvent Made(int row, int passageOrdinal)
    {
        // The range was checked against the article when the row was read.
        var passage = passages[passageOrdinal];
        var text = SentenceText.Checked(texts[articleOf[row]], passage.Start + starts[row], lengths[row]);
        return new TimelineEvent(DateAt(row), text, passage, this, row, orders[row]);
    }

    /// <summary>The columns as a snapshot's reader fills them, one <see cref="Add"/> or <see cref="Keep"/> per event in order.</summary>
    internal sealed class Rows(int count)
    {
        private readonly Dictionary<EventDate, int> dateNumbers = [];

        public List<EventDate> Dates { get; } = [];

        public int[] DateOf { get; } = new int[count];

        public int[] PassageOf { get; } = new int[count];

        /// <summary>Where each row's sentence starts from its passage's start (the reader has the passage at hand; 0 for a kept row).</summary>
        public int[] Starts { get; } = new int[count];

        public int[] Lengths { get; } = new int[count];

        public int[] ArticleOf { get; } = new int[count];

        public int[] Orders { get; } = new int[count];

        /// <summary>Where each row's terms are in <see cref="TermTable"/>: the reader sets them (as the table is finished).</summary>
        public int[] TermsAt { get; } = new int[count];

        public List<(EventDate Date, SentenceText Text, TimelineSource[] Sources, int Row, int Order)> Kept { get; } = [];

        public object TermTable { get; set; } = Array.Empty<int>();

        /// <summary>An event whose one source, in <paramref name="passage"/>, quotes the sentence the event is sliced from.</summary>
        public void Add(int row, EventDate date, int passage, int article, int offset, int length, int order)
        {
            (DateOf[row], PassageOf[row], ArticleOf[row], Starts[row], Lengths[row]) = (DateNumber(date), passage, article, offset, length);
            Orders[row] = order;
        }

        /// <summary>Any other event, kept whole (made once the term table is); its row still gives its date and terms to the scans.</summary>
        public void Keep(int row, EventDate date, SentenceText text, TimelineSource[] sources, int order)
        {
            (DateOf[row], PassageOf[row], Orders[row]) = (DateNumber(date), ~Kept.Count, order);
            // Equal dates share one record, the kept events' too.
            Kept.Add((Dates[DateOf[row]], text, sources, row, order));
        }

        private int DateNumber(EventDate date)
        {
            if (!dateNumbers.TryGetValue(date, out var number))
            {
                dateNumbers[date] = number = Dates.Count;
                Dates.Add(date);
            }

            return number;
        }
    }
}
