using System.Runtime.InteropServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Admin;

/// <summary>The corpus as the console's corpus page shows it: every indexed article by title, with how it was parsed.</summary>
public static class CorpusOverview
{
    public static IReadOnlyList<ArticleParse> Articles(CorpusIndex corpus)
    {
        var passages = corpus.Passages.GroupBy(p => p.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var dates = DatesByArticle(corpus);
        return [.. corpus.Articles
            .OrderBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new ArticleParse(a, passages.GetValueOrDefault(a.Id), dates.GetValueOrDefault(a.Id) ?? []))];
    }

    /// <summary>
    /// Each article's date labels, earliest first, each once. A loaded timeline is read as columns — a date number and an
    /// article a row — so no event is made for the page (at 120k passages the timeline has over a hundred thousand).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> DatesByArticle(CorpusIndex corpus)
    {
        var columns = TimelineColumns.Of(corpus.Timeline);
        if (columns is null)
        {
            return corpus.Timeline
                .SelectMany(e => e.SourcesUnkept.Select(s => (s.ArticleId, e.Date)))
                .GroupBy(x => x.ArticleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Labels(g.Select(x => x.Date)), StringComparer.Ordinal);
        }

        // Each article's distinct dates in the order the timeline first gives them: ordering by start is stable, so the
        // labels come out as ordering every row's date would give them.
        var seen = new HashSet<(string, int)>();
        var byArticle = new Dictionary<string, List<EventDate>>(StringComparer.Ordinal);
        for (var row = 0; row < columns.Count; row++)
        {
            if (columns.KeptAt(row) is { } kept)
            {
                foreach (var source in kept.SourcesUnkept)
                {
                    Add(source.ArticleId, columns.DateNumber(row));
                }
            }
            else
            {
                Add(corpus.Articles[columns.ArticleAt(row)].Id, columns.DateNumber(row));
            }
        }

        return byArticle.ToDictionary(p => p.Key, p => Labels(p.Value), StringComparer.Ordinal);

        void Add(string article, int date)
        {
            if (seen.Add((article, date)))
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byArticle, article, out _) ??= []).Add(columns.Dates[date]);
            }
        }
    }

    private static IReadOnlyList<string> Labels(IEnumerable<EventDate> dates) =>
        [.. dates.OrderBy(d => d.Start).Select(d => d.Label).Distinct(StringComparer.Ordinal)];
}
