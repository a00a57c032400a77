using System.Globalization;
using System.Reflection;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// What a loaded snapshot's heap is made of, part by part (article text, postings, token stream, passages, timeline …),
/// before and after <see cref="CorpusIndex.Prepare"/> (which <c>serve</c> runs after every load), next to the retained
/// heap the collector reports, so the parts can be checked to add up.
/// Run: <c>dotnet run -c Release -- heap-profile [--corpora squad,scifact,synthetic] [--synthetic-articles 10000]</c>
/// </summary>
internal static class HeapProfile
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static void Run(string[] args)
    {
        var options = SideBySideOptions.Parse(args);
        Console.WriteLine($"heap-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Machine.LoadAverage()}");
        foreach (var corpus in SideBySideCorpora.Load(options.Corpora, options.SyntheticArticles, options.Queries))
        {
            Profile(corpus);
        }
    }

    private static void Profile(SideBySideCorpus corpus)
    {
        var analyzer = corpus.Name == "bundled" || corpus.Name.StartsWith("synthetic", StringComparison.Ordinal) ? TestCorpus.Analyzer : TestCorpus.Plain;
        // Articles make their text compact (narrowed) when they are made, before any index build is timed; it is compressed
        // (PackedText) only in a snapshot and the index loaded from it, which is what the parts below measure.
        var texts = corpus.Articles.Articles.Select(a => a.Text).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var remade = corpus.Articles.Articles.Select((a, i) => a with { Text = texts[i] }).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: {texts.Sum(t => (long)t.Length) / 1048576.0:F1} M characters made compact in {watch.Elapsed.TotalSeconds:F3} s (one thread, {remade.Count:N0} articles)"));
        // Reading each whole text back (more articles than the widened-text cache holds): decoding plus widening, against
        // widening the same Latin-1 bytes alone.
        watch.Restart();
        var read = remade.Sum(a => (long)a.Text.Length);
        var decodeAndWiden = watch.Elapsed;
        var latin1 = texts.Where(t => t.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') < 0).Select(System.Text.Encoding.Latin1.GetBytes).ToList();
        watch.Restart();
        var widened = latin1.Sum(b => (long)System.Text.Encoding.Latin1.GetString(b).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: every text read whole in {decodeAndWiden.TotalMilliseconds:F1} ms ({read / 1048576.0:F1} M characters); widening the Latin-1 bytes alone {watch.Elapsed.TotalMilliseconds:F1} ms ({widened / 1048576.0:F1} M)"));
        var directory = Directory.CreateTempSubdirectory("chatbot-heap-profile-").FullName;
        var store = new IndexSnapshotStore(directory);
        store.TrySave(new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint));
        var before = Machine.Retained();
        var index = store.TryLoad(corpus.Articles.Fingerprint, analyzer) ?? throw new InvalidOperationException("snapshot did not load");
        var loaded = Machine.Retained() - before;
        var onDisk = Directory.EnumerateFiles(directory, "*.index").Sum(f => new FileInfo(f).Length);
        Directory.Delete(directory, recursive: true);

        var parts = new List<(string Part, long Bytes)>();
        var analyzerBefore = WalkLoaded(index, analyzer, parts);
        var walkedBeforePrepare = parts.Sum(p => p.Bytes);
        var undecoded = parts.Single(p => p.Part == "timeline, undecoded").Bytes;
        watch.Restart();
        index.Prepare();
        var prepareTime = watch.Elapsed;
        var prepared = Machine.Retained() - before;
        WalkPrepared(index, analyzer, analyzerBefore, parts);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## {corpus.Name}: {index.Articles.Count:N0} articles, {index.Passages.Count:N0} passages (Prepare took {prepareTime.TotalMilliseconds:F0} ms; snapshot {onDisk / 1048576.0:F2} MB on disk)"));
        Console.WriteLine("| part | MB |");
        Console.WriteLine("|---|---|");
        foreach (var (part, bytes) in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {bytes / 1048576.0:F2} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **walked, before Prepare** | {walkedBeforePrepare / 1048576.0:F2} (collector: {loaded / 1048576.0:F2}) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **walked, after Prepare** (the undecoded timeline is dropped once decoded) | {(parts.Sum(p => p.Bytes) - undecoded) / 1048576.0:F2} (collector: {prepared / 1048576.0:F2}) |"));
        LuceneParts(index, corpus);
        ThreadParts(index, corpus);
        GC.KeepAlive(index);
        BuiltHeap(corpus, texts, analyzer);
    }

    /// <summary>
    /// What answering the corpus's queries leaves in memory: on a first thread (the index's shared caches and that thread's
    /// scratch), then on a second one (the scratch each further thread that answers adds). Both threads stay alive until
    /// measured, as a server's pool threads do.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThreadParts(CorpusIndex index, SideBySideCorpus corpus)
    {
        var engine = new ChatBot.Core.Answers.AnswerEngine(ChatBot.Core.Questions.RuleBasedQuestionClassifier.Instance);
        using var release = new ManualResetEventSlim();
        var threads = new List<Thread>();
        double Asked()
        {
            var before = Machine.Retained();
            using var done = new ManualResetEventSlim();
            var thread = new Thread(() =>
            {
                foreach (var question in corpus.Queries)
                {
                    _ = engine.Answer(question, index);
                }

                done.Set();
                release.Wait();
            });
            thread.Start();
            threads.Add(thread);
            done.Wait();
            return Machine.Retained() - before;
        }

        var first = Asked();
        var second = Asked();
        release.Set();
        threads.ForEach(t => t.Join());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: after {corpus.Queries.Count:N0} asks, the heap grew {first / 1048576.0:F2} MB on a first thread (shared caches and its scratch) and {second / 1048576.0:F2} MB more on a second"));

        // The passages' decoded words, the one shared cache that grows with the share of the corpus questions reach.
        var tokens = ChatBot.Core.Ranking.SurfaceTokens.For(index);
        var afterAsks = Measured(tokens, index);
        foreach (var passage in index.Passages)
        {
            _ = tokens.Of(passage);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: the passages' decoded words held {afterAsks / 1048576.0:F2} MB after the asks, {Measured(tokens, index) / 1048576.0:F2} MB once every passage was read"));
    }

    private static long Measured(object root, CorpusIndex index)
    {
        var sizes = new ObjectGraphSize();
        sizes.Exclude(index);
        return sizes.Measure(root);
    }

    /// <summary>Lucene.NET's heap for the same documents as the side-by-side builds it, and its index's bytes by kind.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void LuceneParts(CorpusIndex index, SideBySideCorpus corpus)
    {
        var documents = ChatBot.Evaluation.LuceneBaseline.Documents(index, corpus.WholeArticles);
        var before = Machine.Retained();
        using var lucene = new ChatBot.Evaluation.LuceneBaseline(documents);
        var retained = Machine.Retained() - before;
        var kinds = lucene.BytesByKind();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: Lucene.NET retains {retained / 1048576.0:F2} MB ({documents.Count:N0} documents); its files {kinds.Values.Sum() / 1048576.0:F2} MB: {string.Join(", ", kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value / 1048576.0:F2}"))}"));
    }

    /// <summary>
    /// What an index built in the process retains once prepared, its articles' text included (made again from the
    /// strings, so only the index holds it): what <c>serve</c> holds after a first start or a corpus change.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void BuiltHeap(SideBySideCorpus corpus, List<string> texts, ChatBot.Core.Text.TextAnalyzer analyzer)
    {
        var before = Machine.Retained();
        var articles = corpus.Articles.Articles.Select((a, i) => a with { Text = texts[i] }).ToList();
        var built = new CorpusIndexBuilder(analyzer).Build(corpus.Articles with { Articles = articles }, corpus.Articles.Fingerprint);
        articles = null;
        built.Prepare();
        var retained = Machine.Retained() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Name}: an index built in this process, prepared, its articles included: {retained / 1048576.0:F2} MB retained"));
        GC.KeepAlive(built);
    }

    /// <summary>
    /// The loaded index part by part, before Prepare; returns the analyzer's size. A method of its own: the walk's table of
    /// the objects it has seen holds every one of them (the undecoded timeline block too, which Prepare lets go), and a
    /// stack slot of the caller kept it alive when the collector was read after Prepare — ~50 MB at 120k counted twice.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long WalkLoaded(CorpusIndex index, object analyzer, List<(string Part, long Bytes)> parts)
    {
        var sizes = new ObjectGraphSize();
        sizes.Exclude(analyzer);
        void Add(string part, object? root) => parts.Add((part, sizes.Measure(root)));

        // Parts that are many objects are measured item by item, so the array that lists them here is not counted.
        void AddEach(string part, IEnumerable<object?> roots) => parts.Add((part, roots.Sum(sizes.Measure)));

        AddEach("article text (CompactText)", index.Articles.Select(a => Property(a, "Content")));
        // The records part by part (each string counted where it is first met): what ~500 bytes an article are.
        AddEach("articles: ids", index.Articles.Select(a => a.Id));
        AddEach("articles: titles", index.Articles.Select(a => a.Title));
        AddEach("articles: content hashes", index.Articles.Select(a => a.ContentHash));
        AddEach("articles: source paths", index.Articles.Select(a => a.SourcePath));
        AddEach("articles: blocks (lists and records)", index.Articles.Select(a => a.Blocks));
        AddEach("articles: authors, publishers, links, languages, tags", index.Articles.SelectMany(a => new object?[] { a.Author, a.Publisher, a.Url, a.Language, a.Tags }));
        Add("articles: the records and their list", index.Articles);
        Add("articles by id", Field(index, "articlesById"));
        var arrays = Property(index.Index, "Arrays")!;
        // Terms, Acronyms and SurfaceWords are word tables: their bytes, where each word starts and the look-up slots.
        foreach (var name in new[] { "PostingPassages", "PostingWeights", "PostingOffsets", "DocFreq", "TokenTerms", "TokenPositions", "TokenOffsets", "SentenceOffsets", "SentenceStarts", "SentenceFeatures", "Terms", "Acronyms", "SurfaceWords", "SurfaceTerms", "SurfaceFrequencies" })
        {
            Add("index: " + name, Property(arrays, name));
        }

        var words = Property(arrays, "PassageWords");
        foreach (var name in new[] { "Vocabulary", "Offsets", "Codes", "Runs" })
        {
            Add("index: passage words, " + name, words is null ? null : Property(words, name));
        }

        AddEach("index: block and term max weights", [Field(index.Index, "blockMaxWeights"), Field(index.Index, "maxWeights")]);
        Add("index: the rest (surface vocabulary …)", index.Index);
        // The field, not the property: an id made from the article id and the number is a new string on every read.
        AddEach("passage ids (stored ones)", index.Passages.Select(p => Field(p, "id")));
        // The array a passage's spans are a run of (one for the whole index when loaded), counted once.
        AddEach("passage sentence spans", index.Passages.Select(p => Field(p.Sentences, "holder")));
        Add("passage objects (and headings)", index.Passages);
        Add("passages by id", Field(index, "passagesById"));
        Add("reference flags", Field(index, "<ReferencePassages>k__BackingField"));
        Add("timeline, undecoded", index.Timeline);
        Add("corpus index, the rest", index);
        return new ObjectGraphSize().Measure(analyzer);
    }

    /// <summary>What Prepare made, part by part.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WalkPrepared(CorpusIndex index, object analyzer, long analyzerBefore, List<(string Part, long Bytes)> parts)
    {
        // What Prepare makes hangs off objects already counted (the lazy timeline, the lazy tables), which a walk does not
        // enter twice: count it with a second walk that skips what did not change.
        var sizes = new ObjectGraphSize();
        void Add(string part, object? root) => parts.Add((part, sizes.Measure(root)));
        void AddEach(string part, IEnumerable<object?> roots) => parts.Add((part, roots.Sum(sizes.Measure)));
        foreach (var unchanged in new object?[] { analyzer, index.Articles, index.Index, index.Passages, Field(index, "passagesById"), Field(index, "articlesById") })
        {
            sizes.Exclude(unchanged);
        }

        // A loaded timeline is columns (an event object is made when one is read): its parts are the columns' arrays, and
        // the few events kept whole. Reading events here would make them, so the fields are sized instead.
        var columns = Property(index.Timeline, "Items")!;
        var kept = (IEnumerable<object>)Field(columns, "kept")!;
        AddEach("after Prepare: kept events' sentences stored as strings", kept.Select(e => Field(Field(e, "text")!, "holder") as string));
        Add("after Prepare: event terms (one table)", Field(columns, "termTable"));
        AddEach("after Prepare: kept events' sources (lists, records, quotes)", kept.Select(e => Field(e, "sources")));
        Add("after Prepare: event dates (distinct records)", Field(columns, "dates"));
        Add("after Prepare: kept event records", kept);
        foreach (var name in new[] { "dateOf", "passageOf", "articleOf", "starts", "lengths", "orders", "termsAt", "texts" })
        {
            Add("after Prepare: timeline column " + name, Field(columns, name));
        }

        Add("after Prepare: timeline columns, the rest", columns);
        Add("after Prepare: the decoded list", index.Timeline);
        Add("after Prepare: events by sentence", Property(Field(index, "eventsBySentence")!, "Value"));
        AddEach("after Prepare: known years, topic hint", [index.KnownYears, index.TopicHint]);
        parts.Add(("after Prepare: growth of the (shared) analyzer's caches", new ObjectGraphSize().Measure(analyzer) - analyzerBefore));
    }

    private static object? Field(object owner, string name) =>
        (owner.GetType().GetField(name, Members) ?? throw new MissingFieldException(owner.GetType().Name, name)).GetValue(owner);

    private static object? Property(object owner, string name) =>
        (owner.GetType().GetProperty(name, Members) ?? throw new MissingMemberException(owner.GetType().Name, name)).GetValue(owner);
}
