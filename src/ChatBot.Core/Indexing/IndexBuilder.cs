using System.Runtime.CompilerServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Builds passages and the inverted index. Articles are analysed in parallel against one shared word table; terms are
/// then numbered in corpus order (first occurrence: an article's title, then each passage's body and heading), so the
/// index is the same whatever the number of threads; postings are laid out in passage order so every list is sorted.
/// </summary>
public sealed class IndexBuilder(TextAnalyzer analyzer, RankingOptions? options = null)
{
    private readonly RankingOptions ranking = options ?? RankingOptions.Default;

    /// <summary>Threads analysing articles (-1: as many as the scheduler likes); the index does not depend on it.</summary>
    internal int MaxDegreeOfParallelism { get; init; } = -1;

    internal const string WordsPart = "passage words";
    internal const string TimelinePart = "timeline";

    /// <summary>
    /// A test's seam: called with <see cref="WordsPart"/> or <see cref="TimelinePart"/> as that part starts beside the
    /// postings' layout, so a test can fail a part or hold it and see that a failed build leaves nothing running.
    /// </summary>
    internal Action<string>? PartStarting { get; init; }

    public (List<Passage> Passages, InvertedIndex Index) Build(IReadOnlyList<Article> articles, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var (passages, index, _) = Build(articles, withTimeline: false, progress, cancellationToken);
        return (passages, index);
    }

    /// <summary>
    /// Also builds the timeline: its sentences are dated while each article's text is at hand
    /// (<see cref="TimelineBuilder.Dated"/>), and its events are found and merged beside the postings' layout, from the
    /// passages' terms the layout is made from (the same numbers the index then holds).
    /// </summary>
    internal (List<Passage> Passages, InvertedIndex Index, List<TimelineEvent> Timeline) BuildWithTimeline(IReadOnlyList<Article> articles, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (passages, index, timeline) = Build(articles, withTimeline: true, progress, cancellationToken);
        return (passages, index, timeline!);
    }

    // Optimized at once (no tiers): a fresh build runs this on every article or passage within its first seconds, and
    // tiered compilation, its call counting held back while the build keeps compiling new methods, left such methods in
    // instrumented unoptimized code for most of a fresh 120k build (perf: ~40% of its samples under them).
    // The price: these methods never get profile-guided code, so a rebuild in a warm process (a corpus refresh) may be a
    // little slower (measured within noise, up to ~3%), against ~9% less CPU for the first build of a process.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (List<Passage> Passages, InvertedIndex Index, List<TimelineEvent>? Timeline) Build(IReadOnlyList<Article> articles, bool withTimeline, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var vocabulary = new IndexVocabulary(analyzer);
        var tokens = new ChunkPool<int>();
        var analyzed = new AnalyzedArticle[articles.Count];
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = MaxDegreeOfParallelism };
        Parallel.For(0, articles.Count, parallel, () => new ArticleReader(vocabulary, tokens), (i, _, reader) =>
        {
            analyzed[i] = reader.Read(articles[i], i, withTimeline);
            progress?.Report(Interlocked.Increment(ref done));
            return reader;
        }, _ => { });

        var (passages, passageTerms, dated) = Gather(analyzed);

        // What follows the reading is mostly one thread a part, so the parts that do not depend on each other run side by
        // side on the cores: the passages' words (from the words the readers met, not the terms' numbers), and once the
        // terms are numbered, the timeline beside the postings. Each part gives what it gives alone.
        var words = Task.Run(
            () =>
            {
                PartStarting?.Invoke(WordsPart);
                var folded = vocabulary.Words.Select(w => w.Folded).ToList();
                return PassageWordsLayout.Lay(folded, passageTerms.ConvertAll(p => p.SurfaceWords), passageTerms.ConvertAll(p => new ArraySegment<int>(p.SentenceRuns)));
            },
            CancellationToken.None);
        Task<List<TimelineEvent>>? timeline = null;
        try
        {
            var (numbers, termCount) = CorpusOrder(analyzed, vocabulary.Terms.Count);
            Parallel.For(0, analyzed.Length, parallel, i => Renumber(analyzed[i], numbers));
            var terms = new string[termCount];
            for (var t = 0; t < numbers.Length; t++)
            {
                if (numbers[t] >= 0)
                {
                    terms[numbers[t]] = vocabulary.Terms[t];
                }
            }

            // A cancel that came while the terms were numbered stops the build here, not after the postings' layout.
            cancellationToken.ThrowIfCancellationRequested();
            timeline = withTimeline ? Task.Run(
                () =>
                {
                    PartStarting?.Invoke(TimelinePart);
                    return new TimelineBuilder(passageTerms).Build(articles, passages, dated);
                },
                CancellationToken.None) : null;
            var arrays = PostingsLayout.Lay(terms, passageTerms, ranking, Surface(analyzed, vocabulary, numbers)) with
            {
                Acronyms = [.. analyzed.SelectMany(a => a.Acronyms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                PassageWords = words.GetAwaiter().GetResult(),
            };
            return (passages, new InvertedIndex(arrays), timeline?.GetAwaiter().GetResult());
        }
        catch
        {
            // Nothing of a failed build runs on after it: the caller may build again without the failing article at once.
            Settle(words);
            Settle(timeline);
            throw;
        }
    }

    /// <summary>
    /// Waits for a part of the build to end, whichever way. Its failure is observed here and dropped: the error the build
    /// reports is the one that brought it to the catch (which is this part's own when its result was being fetched).
    /// </summary>
    private static void Settle(Task? part)
    {
        try
        {
            part?.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    /// <summary>The passages numbered in corpus order, with their terms and dated sentences by the same ordinal.</summary>
    private static (List<Passage> Passages, List<PassageTerms> Terms, List<DatedSentence>?[] Dated) Gather(AnalyzedArticle[] analyzed)
    {
        var passages = new List<Passage>();
        var passageTerms = new List<PassageTerms>();
        var dated = new List<List<DatedSentence>?>();
        foreach (var article in analyzed)
        {
            foreach (var passage in article.Passages)
            {
                passages.Add(passage with { Ordinal = passages.Count });
            }

            passageTerms.AddRange(article.Terms);
            dated.AddRange(article.Dated ?? new List<DatedSentence>?[article.Passages.Count]);
        }

        return (passages, passageTerms, [.. dated]);
    }

    /// <summary>
    /// The final number of each provisional term: the order in which a single thread reading the articles one by one
    /// would meet it. Terms met only as stopwords get none (-1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Numbers, int Count) CorpusOrder(AnalyzedArticle[] analyzed, int provisionalCount)
    {
        var numbers = new int[provisionalCount];
        Array.Fill(numbers, -1);
        var next = 0;
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Meet(ReadOnlySpan<int> terms)
        {
            foreach (var term in terms)
            {
                if (numbers[term] < 0)
                {
                    numbers[term] = next++;
                }
            }
        }

        foreach (var article in analyzed)
        {
            Meet(article.TitleTerms);
            foreach (var passage in article.Terms)
            {
                Meet(passage.BodyTerms);
                Meet(passage.HeadingTerms);
            }
        }

        return (numbers, next);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Renumber(AnalyzedArticle article, int[] numbers)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        static void Apply(Span<int> terms, int[] numbers)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = numbers[terms[i]];
            }
        }

        Apply(article.TitleTerms, numbers);
        article.HeadingTerms.ForEach(heading => Apply(heading, numbers));
        foreach (var passage in article.Terms)
        {
            Apply(passage.BodyTerms, numbers);
        }
    }

    /// <summary>Every surface word, sorted, with its term and the number of articles it occurs in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string[] Words, int[] Terms, int[] Frequencies) Surface(AnalyzedArticle[] analyzed, IndexVocabulary vocabulary, int[] numbers)
    {
        var articles = new int[vocabulary.Words.Count];
        foreach (var article in analyzed)
        {
            foreach (var word in article.SurfaceWords)
            {
                articles[word]++;
            }
        }

        var used = new List<IndexWord>();
        for (var w = 0; w < articles.Length; w++)
        {
            if (articles[w] > 0)
            {
                used.Add(vocabulary.Words[w]);
            }
        }

        used.Sort((a, b) => string.CompareOrdinal(a.Folded, b.Folded));
        var words = new string[used.Count];
        var terms = new int[used.Count];
        var frequencies = new int[used.Count];
        for (var i = 0; i < used.Count; i++)
        {
            words[i] = used[i].Folded;
            terms[i] = numbers[used[i].Term];
            frequencies[i] = articles[used[i].Id];
        }

        return (words, terms, frequencies);
    }
}
