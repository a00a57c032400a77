using ChatBot.Core.Indexing;

namespace ChatBot.Core.Admin;

/// <summary>The corpus as the console's corpus page shows it: every indexed article by title, with how it was parsed.</summary>
public static class CorpusOverview
{
    public static IReadOnlyList<ArticleParse> Articles(CorpusIndex corpus)
    {
        var passages = corpus.Passages.GroupBy(p => p.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var dates = corpus.Timeline
            .SelectMany(e => e.SourcesUnkept.Select(s => (s.ArticleId, e.Date)))
            .GroupBy(x => x.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(x => x.Date.Start).Select(x => x.Date.Label).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
        return [.. corpus.Articles
            .OrderBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new ArticleParse(a, passages.GetValueOrDefault(a.Id), dates.GetValueOrDefault(a.Id) ?? []))];
    }
}
