using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The words and terms of one build, shared by the threads that analyse articles. A word is looked up by its folded
/// characters, so a word already met costs one lookup and no allocation; only a new word makes a string and runs the
/// stemmer. Term numbers here depend on which thread meets a term first: the builder renumbers them in corpus order.
/// </summary>
internal sealed class IndexVocabulary
{
    private readonly TextAnalyzer analyzer;
    private readonly ConcurrentDictionary<string, IndexWord> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IndexWord>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;
    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<IndexWord> wordList = [];
    private readonly List<string> terms = [];
    private readonly Lock gate = new();
    private readonly ConcurrentBag<int[]> spareStamps = [];

    public IndexVocabulary(TextAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Lexicon Lexicon => analyzer.Lexicon;

    /// <summary>Terms by number; read only once analysis is over.</summary>
    public IReadOnlyList<string> Terms => terms;

    /// <summary>Words by <see cref="IndexWord.Id"/>; read only once analysis is over.</summary>
    public IReadOnlyList<IndexWord> Words => wordList;

    // Optimized at once, like the build's other per-article methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexWord Word(ReadOnlySpan<char> folded)
    {
        if (wordsBySpan.TryGetValue(folded, out var known))
        {
            return known;
        }

        var text = folded.ToString();
        var stopword = Stopwords.Contains(text);
        var term = stopword ? null : analyzer.Term(text);
        lock (gate)
        {
            if (!words.TryGetValue(text, out var word))
            {
                var termText = term ?? text;
                word = new IndexWord(text, termText, term is null ? -1 : TermIdLocked(term), !stopword && char.IsLetter(text[0]), wordList.Count, Lexicon.StartsPhrase(termText));
                wordList.Add(word);
                words[text] = word;
            }

            return word;
        }
    }

    /// <summary>
    /// A table with a slot for each word number below <paramref name="length"/>, for <see cref="ArticleReader"/> to stamp
    /// the words an article uses; zeroed when new, and otherwise holding only other articles' stamps.
    /// </summary>
    public int[] RentStamps(int length)
    {
        while (spareStamps.TryTake(out var stamps))
        {
            if (stamps.Length >= length)
            {
                return stamps;
            }
        }

        // Room to grow: the vocabulary keeps growing while articles are read, and a table too small is dropped.
        return new int[Math.Max(length, Math.Max(wordList.Count * 2, 1024))];
    }

    public void ReturnStamps(int[] stamps) => spareStamps.Add(stamps);

    /// <summary>Lock-free for known terms; a new term takes the lock, so numbers have no gaps.</summary>
    public int TermId(string term)
    {
        if (termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (gate)
        {
            return TermIdLocked(term);
        }
    }

    private int TermIdLocked(string term)
    {
        if (!termIds.TryGetValue(term, out var id))
        {
            id = terms.Count;
            terms.Add(term);
            termIds[term] = id;
        }

        return id;
    }
}
