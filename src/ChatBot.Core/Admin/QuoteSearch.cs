using ChatBot.Core.Indexing;

namespace ChatBot.Core.Admin;

/// <summary>
/// The console's quote picker: whole sentences of the corpus that hold every word typed (any case), exactly as the
/// article has them, so a picked sentence always passes the fact-card rule that quotes are verbatim whole sentences.
/// </summary>
public static class QuoteSearch
{
    public const int MaxResults = 20;

    public static IReadOnlyList<QuoteCandidate> Find(CorpusIndex corpus, string? query, int limit = MaxResults)
    {
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var found = new List<QuoteCandidate>();
        var seen = new HashSet<(string, int)>();
        foreach (var passage in corpus.Passages)
        {
            if (!corpus.TryGetArticle(passage.ArticleId, out var article))
            {
                continue;
            }

            foreach (var span in passage.Sentences)
            {
                var sentence = span.Slice(article.Text);
                if (string.IsNullOrWhiteSpace(sentence) || !seen.Add((article.Id, span.Start)) || !words.All(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                found.Add(new QuoteCandidate(article.Id, article.Title, sentence));
                if (found.Count == limit)
                {
                    return found;
                }
            }
        }

        return found;
    }
}
