using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Where a quote sits among its article's sentences, by the index's own sentence boundaries (the passages' sentence
/// spans, offsets in the article's text). A fact must quote whole sentences: "the abduction issue is resolved", cut
/// from "Until both countries either agree … or that the abduction issue is resolved, it is unlikely …", says the
/// opposite of the article.
/// </summary>
public static class QuoteSentences
{
    /// <summary>
    /// The whole sentences the quote lies in, where the article holds it verbatim: the quote itself when it is whole
    /// sentences. Null when the article does not hold the quote, or holds it outside every sentence (a heading).
    /// </summary>
    public static string? Around(CorpusIndex corpus, string articleId, string quote) =>
        Locate(corpus, articleId, quote) is { } found && corpus.TryGetArticle(articleId, out var article) ? found.Whole.Slice(article.Text) : null;

    /// <summary>Null when the quote is one or more whole sentences of the article (or not in it at all: see <see cref="QuoteCheck"/>), else why it cannot be a fact's quote.</summary>
    public static string? Fragment(CorpusIndex corpus, string articleId, string quote)
    {
        if (!corpus.TryGetArticle(articleId, out var article) || !article.Text.Contains(quote, StringComparison.Ordinal))
        {
            return null;
        }

        var located = Locate(corpus, articleId, quote);
        if (located is null)
        {
            return $"the quote is not a sentence of article {articleId} (a heading cannot be a fact's source); quote one or more whole sentences";
        }

        return located.Value.IsWhole
            ? null
            : $"the quote is only part of a sentence, and a part can say what the whole sentence does not; quote the whole sentence: {located.Value.Whole.Slice(article.Text)}";
    }

    /// <summary>The first place the quote is whole sentences, else the sentences around its first occurrence in a sentence.</summary>
    private static (TextSpan Whole, bool IsWhole)? Locate(CorpusIndex corpus, string articleId, string quote)
    {
        if (quote.Length == 0 || !corpus.TryGetArticle(articleId, out var article))
        {
            return null;
        }

        var sentences = corpus.Passages.Where(p => p.ArticleId == articleId).SelectMany(p => p.Sentences).ToList();
        (TextSpan Whole, bool IsWhole)? around = null;
        for (var at = article.Text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            var end = at + quote.Length;
            var first = sentences.FindIndex(s => s.Start <= at && at < s.End);
            var last = sentences.FindLastIndex(s => s.Start < end && end <= s.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var whole = new TextSpan(sentences[first].Start, sentences[last].End - sentences[first].Start);
            if (whole.Start == at && whole.End == end)
            {
                return (whole, true);
            }

            around ??= (whole, false);
        }

        return around;
    }
}
