using System.Collections.Concurrent;
using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Builds passages and the inverted index. Articles are analysed in parallel; term ids come from one shared
/// dictionary; postings are then laid out in passage order so every posting list is sorted.
/// </summary>
public sealed class IndexBuilder(TextAnalyzer analyzer, RankingOptions? options = null)
{
    private readonly RankingOptions ranking = options ?? RankingOptions.Default;
    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly Lock newTermGate = new();

    public (List<Passage> Passages, InvertedIndex Index) Build(IReadOnlyList<Article> articles, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var perArticle = new (List<Passage> Passages, PassageTerms[] Terms, Dictionary<string, int> Surface)[articles.Count];
        var acronyms = new string[articles.Count][];
        var done = 0;
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            perArticle[i] = AnalyzeArticle(articles[i], i);
            acronyms[i] = [.. Acronyms(articles[i].Text)];
            progress?.Report(Interlocked.Increment(ref done));
        });

        var passages = new List<Passage>();
        var terms = new List<PassageTerms>();
        foreach (var (articlePassages, articleTerms, _) in perArticle)
        {
            foreach (var passage in articlePassages)
            {
                passages.Add(passage with { Ordinal = passages.Count });
            }

            terms.AddRange(articleTerms);
        }

        var arrays = PostingsLayout.Lay(TermArray(), terms, ranking, MergeSurface(perArticle.Select(a => a.Surface))) with
        {
            Acronyms = [.. acronyms.SelectMany(a => a).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
        return (passages, new InvertedIndex(arrays));
    }

    private (List<Passage>, PassageTerms[], Dictionary<string, int>) AnalyzeArticle(Article article, int articleOrdinal)
    {
        var passages = PassageBuilder.Build(article, articleOrdinal, 0);
        var surface = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleTerms = IndexedTerms(analyzer.Analyze(article.Title), surface).Terms;
        var headingCache = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var analyzed = new PassageTerms[passages.Count];
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var tokens = new List<AnalyzedToken>();
            analyzer.Analyze(article.Text, passage.Start, passage.End, 0, tokens);
            var body = IndexedTerms(tokens, surface);
            var heading = passage.Heading is null ? [] : headingCache.TryGetValue(passage.Heading, out var cached)
                ? cached
                : headingCache[passage.Heading] = IndexedTerms(analyzer.Analyze(passage.Heading), surface).Terms;
            analyzed[p] = new PassageTerms
            {
                BodyTerms = body.Terms,
                BodyPositions = body.Positions,
                BodyLength = tokens.Count(t => !t.IsPhrase),
                HeadingTerms = heading,
                TitleTerms = titleTerms,
                SentenceStarts = SentenceStarts(passage, tokens),
                SentenceFeatures = [.. passage.Sentences.Select(s => AnswerFeatureDetector.Detect(s.Slice(article.Text)))],
            };
        }

        return (passages, analyzed, surface);
    }

    /// <summary>The word position where each sentence of the passage starts.</summary>
    private static int[] SentenceStarts(Passage passage, List<AnalyzedToken> tokens)
    {
        var starts = new int[passage.Sentences.Count];
        var t = 0;
        for (var s = 0; s < starts.Length; s++)
        {
            while (t < tokens.Count && tokens[t].Start < passage.Sentences[s].Start)
            {
                t++;
            }

            starts[s] = t < tokens.Count ? tokens[t].Position : int.MaxValue;
        }

        return starts;
    }

    private (int[] Terms, int[] Positions) IndexedTerms(List<AnalyzedToken> tokens, Dictionary<string, int> surface)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.IsStopword ? 0 : 1;
        }

        var ids = new int[count];
        var positions = new int[count];
        var i = 0;
        foreach (var token in tokens)
        {
            if (token.IsStopword)
            {
                continue;
            }

            ids[i] = TermId(token.Term);
            positions[i] = token.Position;
            if (!token.IsPhrase && char.IsLetter(token.Surface[0]))
            {
                surface[token.Surface] = ids[i];
            }

            i++;
        }

        return (ids, positions);
    }

    /// <summary>
    /// Lock-free for known terms; new terms (rare next to tokens) take a lock, because GetOrAdd may run its factory
    /// more than once under contention and would leave gaps in the ids.
    /// </summary>
    private int TermId(string term)
    {
        if (termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (newTermGate)
        {
            if (!termIds.TryGetValue(term, out id))
            {
                id = termIds.Count;
                termIds[term] = id;
            }

            return id;
        }
    }

    private static IEnumerable<string> Acronyms(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Length >= 2 && text.AsSpan(t.Start, t.Length).IndexOfAnyInRange('a', 'z') < 0 && char.IsLetter(text[t.Start])).Select(t => t.Folded);

    private string[] TermArray()
    {
        var terms = new string[termIds.Count];
        foreach (var (term, id) in termIds)
        {
            terms[id] = term;
        }

        return terms;
    }

    private (string[] Words, int[] Terms, int[] Frequencies) MergeSurface(IEnumerable<Dictionary<string, int>> perArticle)
    {
        var merged = new Dictionary<string, (int Term, int Articles)>(StringComparer.Ordinal);
        foreach (var surface in perArticle)
        {
            foreach (var (word, term) in surface)
            {
                merged[word] = merged.TryGetValue(word, out var seen) ? (seen.Term, seen.Articles + 1) : (term, 1);
            }
        }

        var words = merged.Keys.Order(StringComparer.Ordinal).ToArray();
        return (words, words.Select(w => merged[w].Term).ToArray(), words.Select(w => merged[w].Articles).ToArray());
    }
}
