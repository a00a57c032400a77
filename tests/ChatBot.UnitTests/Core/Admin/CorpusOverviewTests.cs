using ChatBot.Core.Admin;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Admin;

public sealed class CorpusOverviewTests
{
    [Fact]
    public void Articles_ListsEveryArticleByTitle_WithItsPassageCountAndTheDatesItsSentencesGave()
    {
        var corpus = TestCorpus.Index;

        var rows = CorpusOverview.Articles(corpus);

        Assert.Equal(corpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), rows.Select(r => r.Article.Id).Order(StringComparer.Ordinal));
        Assert.Equal(rows.Select(r => r.Article.Title).Order(StringComparer.CurrentCultureIgnoreCase), rows.Select(r => r.Article.Title));
        foreach (var row in rows)
        {
            Assert.Equal(corpus.Passages.Count(p => p.ArticleId == row.Article.Id), row.Passages);
            var expected = corpus.Timeline.Where(e => e.Sources.Any(s => s.ArticleId == row.Article.Id)).Select(e => e.Date.Label).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected, row.Dates.ToHashSet(StringComparer.Ordinal));
            Assert.Equal(row.Dates.Count, row.Dates.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Contains(rows, r => r.Passages > 0 && r.Dates.Count > 0);
    }
}
