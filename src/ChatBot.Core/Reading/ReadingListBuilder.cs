using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.Core.Reading;

/// <summary>
/// A reading list: one entry per article with its best passages (at most <see cref="PerArticle"/>), never the whole
/// article. On a topic: the passages that cover it best (at least half of its weight), the article covering it most
/// first and passages in the article's own order, each with its best sentence. Without a topic: every article,
/// oldest first (later pieces build on earlier events), with the opening of each of its first sections.
/// </summary>
public sealed class ReadingListBuilder
{
    public const int MaxPassages = 8;
    public const int PerArticle = 3;
    private const float MinCoverage = 0.5f;

    public ReadingList? Build(CorpusIndex corpus, string? topic, out string? reason)
    {
        reason = null;
        if (topic is null)
        {
            return new ReadingList(null, [.. corpus.Articles.OrderBy(a => a.Published is null).ThenBy(a => a.Published).ThenBy(a => a.Title, StringComparer.Ordinal)
                .Select(a => new ReadingItem(a, Openings(corpus, a)))]);
        }

        var plan = TopicPlan.For(corpus, topic);
        if (!plan.IsCovered)
        {
            reason = plan.NotCoveredReason(topic);
            return null;
        }

        // An article's best passages, not all of it: a topic the whole corpus is about would otherwise list an
        // article paragraph by paragraph.
        var perArticle = RetrievalContext.For(corpus).Searcher.Search(plan.Plan, 20)
            .Where(h => h.Coverage >= MinCoverage && h.Passage.Kind == BlockKind.Paragraph)
            .GroupBy(h => h.Passage.ArticleOrdinal)
            .Select(g => g.OrderByDescending(h => h.Score).Take(PerArticle).ToList())
            .OrderByDescending(g => g.Sum(h => h.Score))
            .ToList();
        var hits = perArticle.SelectMany(g => g).Take(MaxPassages).ToList();
        if (hits.Count == 0)
        {
            reason = $"No passage of the indexed articles is clearly about \"{topic}\".";
            return null;
        }

        var best = EvidenceCollector.Collect(corpus, plan.Plan, hits)
            .GroupBy(s => s.Hit.Passage.Ordinal).ToDictionary(g => g.Key, g => g.First().Text);
        var items = hits.GroupBy(h => h.Passage.ArticleOrdinal)
            .Select(g => new ReadingItem(corpus.Articles[g.Key], [.. g.OrderBy(h => h.Passage.Ordinal).Select(h => new ReadingPassage(h.Passage.Id, h.Passage.Heading, best[h.Passage.Ordinal]))]))
            .ToList();
        return new ReadingList(topic, items);
    }

    /// <summary>The first passage of the article and of each section after it, with its first sentence.</summary>
    private static IReadOnlyList<ReadingPassage> Openings(CorpusIndex corpus, Article article) =>
        [.. corpus.Passages.Where(p => p.ArticleId == article.Id && p.Kind == BlockKind.Paragraph && p.Sentences.Count > 0)
            .GroupBy(p => p.Heading ?? "")
            .Select(g => g.First())
            .OrderBy(p => p.Ordinal)
            .Take(PerArticle)
            .Select(p => new ReadingPassage(p.Id, p.Heading, article.Slice(p.Sentences[0])))];
}
