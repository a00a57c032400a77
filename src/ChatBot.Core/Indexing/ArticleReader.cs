using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Analyses articles for the index the way <see cref="TextAnalyzer.Analyze(string, int, int, int, List{AnalyzedToken})"/>
/// does — same words, terms, positions and lexicon phrases — but reads each word into a reused buffer and looks it up
/// by its characters, so a word costs no allocation once the build has met it. A passage's terms and positions are kept
/// in the build's shared chunks (<see cref="ChunkPool{T}"/>). One reader per thread.
/// </summary>
internal sealed class ArticleReader(IndexVocabulary vocabulary, ChunkPool<int> tokens)
{
    private readonly ChunkWriter<int> kept = tokens.Writer();
    private readonly WordBuffer buffer = new();
    private readonly List<IndexWord> words = [];
    private readonly List<string> wordTerms = [];
    private readonly List<int> starts = [];
    private readonly List<int> indexed = [];
    private readonly List<int> positions = [];
    private readonly List<int> surface = [];
    private readonly HashSet<string> acronyms = new(StringComparer.Ordinal);
    private readonly PassageSurfaceReader surfaceReader = new(vocabulary);

    public AnalyzedArticle Read(Article article, int articleOrdinal, bool withDates = false)
    {
        try
        {
            return ReadWidened(article, articleOrdinal, withDates);
        }
        finally
        {
            // The chunk goes back after every article: the parallel loop makes readers anew as it hands work on.
            kept.Release();
        }
    }

    // Optimized at once, like the build's other per-article methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AnalyzedArticle ReadWidened(Article article, int articleOrdinal, bool withDates)
    {
        // Narrow text is widened into a pooled buffer rather than a new string: the build reads each article once, and
        // a widened string would also be kept in the shared cache and outlive the next collection.
        if (article.Content.Narrow is not { } narrow)
        {
            return Read(article, article.Text, articleOrdinal, withDates);
        }

        var widened = ArrayPool<char>.Shared.Rent(narrow.Length);
        try
        {
            var length = Encoding.Latin1.GetChars(narrow, widened);
            return Read(article, widened.AsSpan(0, length), articleOrdinal, withDates);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(widened);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AnalyzedArticle Read(Article article, ReadOnlySpan<char> text, int articleOrdinal, bool withDates)
    {
        surface.Clear();
        acronyms.Clear();
        var passages = PassageBuilder.Build(article, text, articleOrdinal, 0);
        var dated = withDates ? new List<DatedSentence>?[passages.Count] : null;
        var title = ReadSmall(article.Title);
        var headings = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var analyzed = new PassageTerms[passages.Count];
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var (body, bodyPositions) = ReadBody(text, passage.Start, passage.End);
            var bodyLength = words.Count;
            var (surfaceWords, sentenceRuns) = surfaceReader.Read(kept, text, passage, words, starts);
            var sentenceStarts = SentenceStarts(passage);
            var heading = passage.Heading is null ? [] : headings.TryGetValue(passage.Heading, out var cached)
                ? cached
                : headings[passage.Heading] = ReadSmall(passage.Heading);
            var features = new AnswerFeatures[passage.Sentences.Count];
            for (var s = 0; s < features.Length; s++)
            {
                var sentence = passage.Sentences[s];
                features[s] = AnswerFeatureDetector.Detect(text.Slice(sentence.Start, sentence.Length));
            }

            if (dated is not null)
            {
                dated[p] = TimelineBuilder.Dated(text, article.Published, passage);
            }

            analyzed[p] = new PassageTerms
            {
                BodyTerms = body,
                BodyPositions = bodyPositions,
                BodyLength = bodyLength,
                HeadingTerms = heading,
                TitleTerms = title,
                SentenceStarts = sentenceStarts,
                SentenceFeatures = features,
                SurfaceWords = surfaceWords,
                SentenceRuns = sentenceRuns,
            };
        }

        return new AnalyzedArticle(passages, analyzed, title, [.. headings.Values], DistinctSurface(articleOrdinal), Acronyms(text, passages), dated);
    }

    /// <summary>A title's or heading's terms, in an array of their own: passages share them.</summary>
    private int[] ReadSmall(string text)
    {
        Read(text, 0, text.Length);
        return [.. indexed];
    }

    /// <summary>A passage body's terms and positions, kept in the build's chunks; its words in capitals are noted too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (ArraySegment<int> Terms, ArraySegment<int> Positions) ReadBody(ReadOnlySpan<char> text, int start, int end)
    {
        Read(text, start, end, acronymsToo: true);
        return (kept.Keep(CollectionsMarshal.AsSpan(indexed)), kept.Keep(CollectionsMarshal.AsSpan(positions)));
    }

    /// <summary>
    /// Reads text[start..end) into <see cref="indexed"/> and <see cref="positions"/>: the indexed terms and their word
    /// positions, stopwords left out, phrases after their first word; with <paramref name="acronymsToo"/>, the words in
    /// capitals are noted too (<see cref="Acronyms"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read(ReadOnlySpan<char> text, int start, int end, bool acronymsToo = false)
    {
        words.Clear();
        wordTerms.Clear();
        starts.Clear();
        var i = start;
        while (Tokenizer.Next(text, ref i, end, buffer, out var tokenStart, out var length))
        {
            if (acronymsToo)
            {
                NoteAcronym(text, tokenStart, length);
            }

            var word = vocabulary.Word(buffer.Span);
            words.Add(word);
            wordTerms.Add(word.TermText);
            starts.Add(tokenStart);
        }

        indexed.Clear();
        positions.Clear();
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (!word.IsStopword)
            {
                indexed.Add(word.Term);
                positions.Add(w);
                if (word.IsSurface)
                {
                    surface.Add(word.Id);
                }
            }

            if (word.StartsPhrase && vocabulary.Lexicon.MatchPhrase(wordTerms, w) is { } phrase)
            {
                indexed.Add(vocabulary.TermId(phrase.Term));
                positions.Add(w);
            }
        }
    }

    /// <summary>
    /// The article's surface words, each once (in the order first met: the builder only counts them). A word is kept the
    /// first time its slot in a table of stamps does not hold this article's stamp; the tables come from the vocabulary's
    /// spares, since a reader is made again every time the parallel loop hands its work on, and no two articles share a
    /// stamp, so a table is never cleared. Sorting the words met cost more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] DistinctSurface(int articleOrdinal)
    {
        var all = CollectionsMarshal.AsSpan(surface);
        if (all.IsEmpty)
        {
            return [];
        }

        var stamp = articleOrdinal + 1;
        var most = 0;
        foreach (var word in all)
        {
            most = Math.Max(most, word);
        }

        var stamps = vocabulary.RentStamps(most + 1);
        var distinct = 0;
        foreach (var word in all)
        {
            if (stamps[word] != stamp)
            {
                stamps[word] = stamp;
                all[distinct++] = word;
            }
        }

        vocabulary.ReturnStamps(stamps);
        return all[..distinct].ToArray();
    }

    /// <summary>The word position where each sentence of the passage starts (the words of the last <see cref="Read(ReadOnlySpan{char}, int, int)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] SentenceStarts(Passage passage)
    {
        var sentenceStarts = new int[passage.Sentences.Count];
        var t = 0;
        for (var s = 0; s < sentenceStarts.Length; s++)
        {
            while (t < starts.Count && starts[t] < passage.Sentences[s].Start)
            {
                t++;
            }

            sentenceStarts[s] = t < starts.Count ? t : int.MaxValue;
        }

        return sentenceStarts;
    }

    /// <summary>
    /// Words the article writes in capitals (two characters or more, starting with a letter), folded, as one tokenising
    /// pass over the whole text finds them. The passages' words were checked as they were read, so only the text between
    /// passages is read again — exact because a word never spans a character that no word can hold (<see cref="IsSeam"/>):
    /// where every passage starts and ends at such a seam, the whole text's words are the passages' words plus the gaps'.
    /// Otherwise the whole text is read again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] Acronyms(ReadOnlySpan<char> text, List<Passage> passages)
    {
        var at = 0;
        foreach (var passage in passages)
        {
            if (passage.Start < at || !IsSeam(text, passage.Start) || !IsSeam(text, passage.End))
            {
                acronyms.Clear();
                NoteAcronyms(text, 0, text.Length);
                return [.. acronyms];
            }

            at = passage.End;
        }

        at = 0;
        foreach (var passage in passages)
        {
            NoteAcronyms(text, at, passage.Start);
            at = passage.End;
        }

        NoteAcronyms(text, at, text.Length);
        return [.. acronyms];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NoteAcronyms(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        while (Tokenizer.Next(text, ref i, end, buffer, out var tokenStart, out var length))
        {
            NoteAcronym(text, tokenStart, length);
        }
    }

    /// <summary>Adds the word just read (in <see cref="buffer"/>) when it is written in capitals.</summary>
    private void NoteAcronym(ReadOnlySpan<char> text, int start, int length)
    {
        if (length >= 2 && char.IsLetter(text[start]) && text.Slice(start, length).IndexOfAnyInRange('a', 'z') < 0
            && !acronyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer.Span))
        {
            acronyms.Add(buffer.ToString());
        }
    }

    /// <summary>
    /// True when the tokenizer reads the same words whether the text is cut at <paramref name="at"/> or not: at either
    /// end of the text, or beside a character no word holds, which ends any word and which no look-ahead or look-behind
    /// of <see cref="Tokenizer"/> can read as part of one.
    /// </summary>
    internal static bool IsSeam(ReadOnlySpan<char> text, int at) =>
        at <= 0 || at >= text.Length || !InWord(text[at - 1]) || !InWord(text[at]);

    /// <summary>Characters a word may hold: letters, digits, the stops and commas of numbers and acronyms, apostrophes.</summary>
    private static bool InWord(char c) => char.IsLetterOrDigit(c) || c is '.' or ',' || TextFolding.IsApostrophe(c);
}
