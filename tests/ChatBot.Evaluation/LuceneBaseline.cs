using ChatBot.Core.Indexing;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatBot.Evaluation;

/// <summary>
/// The bar to beat: plain Lucene BM25 with the standard English analyzer over exactly our passages, the question
/// parsed as an OR query of its words.
/// </summary>
public sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryParser parser;

    /// <param name="wholeArticles">One Lucene document per article (a SQuAD paragraph, as a one-file-per-paragraph corpus has it) instead of one per passage.</param>
    public LuceneBaseline(CorpusIndex index, bool wholeArticles = false)
        : this(Documents(index, wholeArticles))
    {
    }

    /// <param name="documents">Each document's article id (stored) and text (analysed and stored).</param>
    public LuceneBaseline(IEnumerable<(string ArticleId, string Text)> documents)
    {
        var analyzer = new EnglishAnalyzer(Version);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var (article, text) in documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField("article", article, Field.Store.YES),
                    new TextField("text", text, Field.Store.YES),
                });
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        parser = new QueryParser(Version, "text", analyzer);
    }

    public static IReadOnlyList<(string ArticleId, string Text)> Documents(CorpusIndex index, bool wholeArticles) =>
        wholeArticles ? [.. index.Articles.Select(a => (a.Id, a.Text))] : [.. index.Passages.Select(p => (p.ArticleId, p.Text))];

    public IReadOnlyList<(string ArticleId, string Text)> Search(string query)
    {
        var parsed = parser.Parse(QueryParserBase.Escape(query));
        return [.. searcher.Search(parsed, 5).ScoreDocs.Select(hit => searcher.Doc(hit.Doc)).Select(doc => (doc.Get("article"), doc.Get("text")))];
    }

    /// <summary>The bare search, as a latency baseline: parse and rank, the top documents' ids only (no stored fields read).</summary>
    public int SearchIds(string query, int top)
    {
        var parsed = parser.Parse(QueryParserBase.Escape(query));
        return searcher.Search(parsed, top).ScoreDocs.Length;
    }

    /// <summary>
    /// The index's bytes by file kind (extension; a compound file's parts counted as the parts): stored fields (fdt, fdx),
    /// terms (tim, tip), postings (doc, pos), norms (nvd, nvm) and the rest.
    /// </summary>
    public IReadOnlyDictionary<string, long> BytesByKind()
    {
        var sizes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        void Add(global::Lucene.Net.Store.Directory from, string file)
        {
            var kind = Path.GetExtension(file).TrimStart('.');
            kind = kind.Length == 0 || char.IsDigit(kind[0]) ? "segments" : kind;
            sizes[kind] = sizes.GetValueOrDefault(kind) + from.FileLength(file);
        }

        foreach (var file in directory.ListAll())
        {
            if (!file.EndsWith(".cfs", StringComparison.Ordinal))
            {
                Add(directory, file);
                continue;
            }

            using var compound = new CompoundFileDirectory(directory, file, IOContext.DEFAULT, false);
            foreach (var part in compound.ListAll())
            {
                Add(compound, part);
            }
        }

        return sizes;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
