using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;

namespace ChatBot.Evaluation;

/// <summary>
/// Measures ranking: a question is a hit at k when a passage of its article within the top k contains one of its
/// evidence spans.
/// </summary>
public static class SearchEvaluator
{
    public static SearchMetrics Evaluate(IEnumerable<EvaluationQuestion> questions, Func<string, IReadOnlyList<(string ArticleId, string Text)>> search)
    {
        var answerable = questions.Where(q => q.Answerable).ToList();
        var missesAt1 = new List<string>();
        var missesAt5 = new List<string>();
        foreach (var question in answerable)
        {
            var hits = search(question.Question);
            var rank = hits.Select((h, i) => (h, i)).FirstOrDefault(x => IsAnswering(question, x.h.ArticleId, x.h.Text), (default, -1)).Item2;
            if (rank != 0)
            {
                missesAt1.Add($"{question.Id} (rank {(rank < 0 ? "-" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}): {question.Question}");
            }

            if (rank is < 0 or >= 5)
            {
                missesAt5.Add($"{question.Id}: {question.Question}");
            }
        }

        return new SearchMetrics(answerable.Count, 1 - (missesAt1.Count / (double)answerable.Count), 1 - (missesAt5.Count / (double)answerable.Count), missesAt1, missesAt5);
    }

    /// <summary>Our engine as the `search` command runs it: first-stage search, then the learned passage ranker.</summary>
    public static Func<string, IReadOnlyList<(string ArticleId, string Text)>> Engine(CorpusIndex index, IQuestionClassifier? classifier = null, Core.Embeddings.ISentenceEncoder? encoder = null)
    {
        var engine = new AnswerEngine(classifier ?? RuleBasedQuestionClassifier.Instance, encoder: encoder);
        return query => [.. engine.Retrieve(query, index, 5).Select(h => (h.Passage.ArticleId, h.Passage.Text))];
    }

    /// <summary>The first stage alone (BM25F, coverage and proximity), without the learned ranker.</summary>
    public static Func<string, IReadOnlyList<(string ArticleId, string Text)>> FirstStage(CorpusIndex index, SearchOptions? options = null)
    {
        var context = RetrievalContext.For(index, options);
        return query =>
        {
            var plan = context.Planner.Plan(query, RuleBasedQuestionClassifier.Instance.Classify(query).Kind);
            return [.. context.Searcher.Search(plan, 5).Select(h => (h.Passage.ArticleId, h.Passage.Text))];
        };
    }

    internal static bool IsAnswering(EvaluationQuestion question, string articleId, string text) =>
        articleId == question.ArticleId && question.Evidence.Any(e => text.Contains(e, StringComparison.Ordinal));
}
