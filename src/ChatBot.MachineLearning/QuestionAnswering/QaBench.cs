using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>A reading-comprehension corpus indexed with the engine's own analyzer, ready to be asked its questions.</summary>
public sealed class QaBench
{
    private QaBench(string name, CorpusIndex index, IReadOnlyList<QaCase> cases, IReadOnlyDictionary<string, int> articleOf)
    {
        Name = name;
        Index = index;
        Cases = cases;
        ArticleOf = articleOf;
    }

    public string Name { get; }

    public CorpusIndex Index { get; }

    public IReadOnlyList<QaCase> Cases { get; }

    /// <summary>For each question id, the position of its source article in the reference order (for splits).</summary>
    public IReadOnlyDictionary<string, int> ArticleOf { get; }

    /// <summary>A corpus loaded some other way (the bundled articles) with questions placed in it; every question in one split.</summary>
    public static QaBench Of(string name, CorpusIndex index, IReadOnlyList<QaCase> cases) =>
        new(name, index, cases, cases.ToDictionary(c => c.Question.Id, _ => -1, StringComparer.Ordinal));

    /// <param name="encoder">When given, every passage gets its vector (for the dense models).</param>
    public static QaBench Build(string name, IReadOnlyList<QaArticle> articles, IReadOnlyList<string> order, TextAnalyzer analyzer, Core.Embeddings.ISentenceEncoder? encoder = null)
    {
        var corpus = QaCorpus.Build(articles);
        var index = new CorpusIndexBuilder(analyzer).Build(corpus.Articles, corpus.Articles.Fingerprint);
        index = encoder is null ? index : index.WithVectors(PassageVectors.Encode(index, encoder));
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var position = order.ToList().IndexOf(article.Title);
            foreach (var question in article.Paragraphs.SelectMany(p => p.Questions))
            {
                positions[question.Id] = position;
            }
        }

        return new QaBench(name, index, corpus.Cases, positions);
    }

    public IEnumerable<QaCase> In(QaSplit split) => Cases.Where(c => QaSplits.Of(ArticleOf[c.Question.Id]) == split);
}
