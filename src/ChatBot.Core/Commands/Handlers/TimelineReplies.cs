using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// A page of timeline events as a reply: each event with its citation, sources listed once, and Previous/Next
/// buttons that carry the filter (years, page, and the topic cut to fit the action id).
/// </summary>
public static class TimelineReplies
{
    public const int PageSize = 8;

    public static Reply Page(CorpusIndex corpus, IReadOnlyList<TimelineEvent> events, TimelineFilter filter, int page)
    {
        var pages = Math.Max(1, (events.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        // By index: LINQ's Skip reads (and a lazy list makes) every event before the page.
        var first = (page - 1) * PageSize;
        var shown = new List<TimelineEvent>(PageSize);
        for (var i = first; i < Math.Min(events.Count, first + PageSize); i++)
        {
            shown.Add(events[i]);
        }

        var citations = new List<Citation>();
        var items = shown.Select(e => new ReplyTimelineItem(e.Date.Label, e.Text, Cite(corpus, e.Sources[0], citations))).ToList();
        var buttons = new List<ReplyButton>();
        if (page > 1)
        {
            buttons.Add(new ReplyButton(filter.PageAction(page - 1), "Previous"));
        }

        if (page < pages)
        {
            buttons.Add(new ReplyButton(filter.PageAction(page + 1), "Next"));
        }

        return new Reply
        {
            Kind = ReplyKind.Timeline,
            Title = $"Timeline{filter.Describe()}",
            Body = events.Count == 0
                ? "The indexed articles have no dated events for that. Try a wider range of years or another topic."
                : $"{events.Count} dated event{(events.Count == 1 ? "" : "s")} from the indexed articles, oldest first. Page {page} of {pages}.",
            Timeline = items,
            Sources = AnswerReplies.Sources(citations, corpus),
            ButtonRows = buttons.Count == 0 ? [] : [buttons],
            Shareable = true,
            Footer = "Dates marked (inferred) are worked out from the article's publication date. " + AnswerReplies.Footer(corpus),
        };
    }

    private static int Cite(CorpusIndex corpus, TimelineSource source, List<Citation> citations)
    {
        var existing = citations.FindIndex(c => c.PassageId == source.PassageId && c.Quote == source.Quote);
        if (existing >= 0)
        {
            return citations[existing].N;
        }

        var article = corpus.Article(source.ArticleId);
        citations.Add(new Citation(citations.Count + 1, article.Id, article.Title, article.Author, article.Publisher, article.Published?.ToString(), article.Url, source.PassageId, source.Quote));
        return citations.Count;
    }
}
