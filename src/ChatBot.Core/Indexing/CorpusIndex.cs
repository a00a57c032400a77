using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Everything the bot knows, immutable once built: the articles, their passages, the inverted index and the
/// timeline. A corpus reload builds a new one and swaps it in whole.
/// </summary>
public sealed class CorpusIndex
{
    private readonly Dictionary<string, Article> articlesById;
    private readonly PassagesById passagesById;

    internal CorpusIndex(string fingerprint, IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages, InvertedIndex index, IReadOnlyList<TimelineEvent> timeline, IReadOnlyList<RejectedFile> rejected, Text.TextAnalyzer analyzer)
    {
        Fingerprint = fingerprint;
        Analyzer = analyzer;
        Articles = articles;
        Passages = passages;
        Index = index;
        Timeline = timeline;
        Rejected = rejected;
        articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        passagesById = new PassagesById(passages);
        knownYears = new Lazy<HashSet<string>>(KnownYearsOf);
        eventsBySentence = new Lazy<EventsBySentence>(() => new EventsBySentence(timeline, passagesById));
        ReferencePassages = [.. passages.Select(p => p.Kind == BlockKind.Reference)];
        topicHint = new Lazy<IReadOnlyList<string>>(() => [.. articles.SelectMany(a => a.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Take(8)]);
    }

    private readonly Lazy<HashSet<string>> knownYears;
    private readonly Lazy<EventsBySentence> eventsBySentence;
    private readonly Lazy<IReadOnlyList<string>> topicHint;

    /// <summary>
    /// Years the corpus knows without printing them (publication years and years its dated events cover), as
    /// text ("2018"). Computed once per index.
    /// </summary>
    public IReadOnlySet<string> KnownYears => knownYears.Value;

    /// <summary>Per passage ordinal: whether it is a bibliography entry (ranked lower), without touching the passage.</summary>
    internal bool[] ReferencePassages { get; }

    /// <summary>Up to eight topics (article tags) to tell a user what the corpus covers.</summary>
    public IReadOnlyList<string> TopicHint => topicHint.Value;

    /// <summary>Timeline events stated by the sentence starting at <paramref name="start"/> of a passage.</summary>
    public IEnumerable<TimelineEvent> EventsAt(string passageId, int start) => eventsBySentence.Value.At(passageId, start);

    /// <summary>Timeline events stated by the sentence starting at <paramref name="start"/> of <paramref name="passage"/>, without making its id.</summary>
    public IEnumerable<TimelineEvent> EventsAt(Passage passage, int start) =>
        (uint)passage.Ordinal < (uint)Passages.Count && ReferenceEquals(Passages[passage.Ordinal], passage)
            ? eventsBySentence.Value.At(passage, start)
            : eventsBySentence.Value.At(passage.Id, start);

    /// <summary>
    /// Makes now what this index otherwise makes on first use (the timeline decoded from a snapshot, the events by
    /// sentence, the known years, the topic hint), so the first question after a start or a reload does not pay for it.
    /// </summary>
    public void Prepare()
    {
        _ = eventsBySentence.Value;
        _ = knownYears.Value;
        _ = topicHint.Value;
    }

    // A loaded timeline's distinct dates give the same years without an event made for each.
    private HashSet<string> KnownYearsOf() =>
        (TimelineColumns.Of(Timeline)?.Dates ?? Timeline.Select(e => e.Date))
            .SelectMany(d => Enumerable.Range(d.Start.Year, Math.Max(0, d.LastYear - d.Start.Year) + 1))
            .Concat(Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.Year))
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The analyzer the index was built with (stemmer plus the corpus's own lexicon): questions must be analysed the
    /// same way, so everything that plans a query against this index takes it from here.
    /// </summary>
    public Text.TextAnalyzer Analyzer { get; }

    /// <summary>Content hash of the corpus plus the engine version.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public InvertedIndex Index { get; }

    public IReadOnlyList<TimelineEvent> Timeline { get; }

    public IReadOnlyList<RejectedFile> Rejected { get; }

    /// <summary>Passage vectors from the sentence encoder, when one is configured (the semantic side of ranking).</summary>
    public PassageVectors? Vectors { get; internal init; }

    /// <summary>Loaded from a snapshot of an older format that is still read: a loader saves it again in the current one.</summary>
    internal bool FromOlderSnapshot { get; init; }

    /// <summary>The same index with passage vectors attached (before it is published to readers).</summary>
    public CorpusIndex WithVectors(PassageVectors? vectors) =>
        new(Fingerprint, Articles, Passages, Index, Timeline, Rejected, Analyzer) { Warnings = Warnings, Vectors = vectors };

    /// <summary>Files that loaded but deserve a look (unknown front-matter keys, dropped URLs).</summary>
    public IReadOnlyList<RejectedFile> Warnings { get; init; } = [];

    /// <summary>The newest publication date in the corpus, for "answers reflect articles up to …" footers.</summary>
    public PartialDate? NewestPublication => Articles.Select(a => a.Published).Where(d => d.HasValue).Max();

    public Article Article(string id) => articlesById[id];

    public Article ArticleOf(Passage passage) => Articles[passage.ArticleOrdinal];

    public bool TryGetArticle(string id, out Article article) => articlesById.TryGetValue(id, out article!);

    public bool TryGetPassage(string id, out Passage passage) => passagesById.TryGetValue(id, out passage!);
}
