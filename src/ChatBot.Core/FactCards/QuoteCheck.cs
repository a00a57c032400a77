using ChatBot.Core.Indexing;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Checks a citation against the current corpus: the quote must be an exact substring of the article's text.
/// When it is not, but is once typographic quotes, dashes and spaces are set aside, the reason shows the
/// article's exact wording so the moderator can copy it.
/// </summary>
public static class QuoteCheck
{
    /// <summary>Null when the quote is in the article verbatim, else why not.</summary>
    public static string? Problem(CorpusIndex corpus, string articleId, string quote)
    {
        if (!corpus.TryGetArticle(articleId, out var article))
        {
            return $"there is no article \"{articleId}\" in the indexed corpus (see /sources)";
        }

        if (article.Contains(quote))
        {
            return null;
        }

        var at = Loose(article.Text).IndexOf(Loose(quote), StringComparison.Ordinal);
        if (at < 0)
        {
            return $"the quote is not in article {articleId} (it must be copied exactly, word for word)";
        }

        var exact = article.Text.Substring(at, quote.Length);
        var whole = QuoteSentences.Around(corpus, articleId, exact);
        return $"the quote is not verbatim in article {articleId}; the article writes it as: {exact}"
            + (whole is null || whole == exact ? "" : $" (part of the sentence: {whole})");
    }

    /// <summary>Why a quote with no article named is not usable: not in any article, or only with different quotes, dashes or spaces.</summary>
    public static string NotFoundAnywhere(CorpusIndex corpus, string quote)
    {
        var loose = Loose(quote);
        foreach (var article in corpus.Articles)
        {
            var at = Loose(article.Text).IndexOf(loose, StringComparison.Ordinal);
            if (at >= 0)
            {
                return $"the quote is not verbatim in any article; article {article.Id} writes it as: {article.Text.Substring(at, quote.Length)}";
            }
        }

        return "the quote is not in any indexed article (it must be copied exactly, word for word)";
    }

    /// <summary>The articles whose text contains the quote verbatim.</summary>
    public static IReadOnlyList<string> ArticlesContaining(CorpusIndex corpus, string quote) =>
        [.. corpus.Articles.Where(a => a.Contains(quote)).Select(a => a.Id)];

    /// <summary>The passage holding the quote, for citations; null when no single passage holds it.</summary>
    public static Passage? PassageOf(CorpusIndex corpus, string articleId, string quote)
    {
        if (!corpus.TryGetArticle(articleId, out var article))
        {
            return null;
        }

        var start = article.Text.IndexOf(quote, StringComparison.Ordinal);
        return start < 0 ? null : corpus.Passages.FirstOrDefault(p => p.ArticleId == articleId && p.Start <= start && start + quote.Length <= p.End);
    }

    /// <summary>Same length as the input, so an index in one is an index in the other.</summary>
    private static string Loose(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '‘' or '’' or '‚' or '′' or '`' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‑' or '−' => '-',
                var c when char.IsWhiteSpace(c) => ' ',
                var c => char.ToLowerInvariant(c),
            };
        }
    });
}
