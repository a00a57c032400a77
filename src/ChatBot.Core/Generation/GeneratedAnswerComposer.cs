using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Generation;

/// <summary>
/// Writes the kept sentences of a generated answer with citations numbered densely in order of first use. Each
/// citation quotes the exact run of sentences that supported the sentence citing it, so every quote is verbatim
/// article text, as in extractive answers. Dated events stated inside a quote are attached as timeline items.
/// </summary>
internal sealed class GeneratedAnswerComposer(CorpusIndex corpus)
{
    private const int MaxTimelineItems = 10;

    private readonly List<Citation> citations = [];
    private readonly List<SupportWindow> quoted = [];

    public AnswerResult Compose(string question, IEnumerable<CheckedSentence> kept, string modelId)
    {
        var text = new StringBuilder();
        foreach (var sentence in kept)
        {
            var numbers = sentence.Support.Select(Cite).Distinct();
            text.Append(text.Length > 0 ? " " : "").Append(sentence.Sentence.Text).Append(' ').AppendJoin("", numbers.Select(n => $"[{n}]"));
        }

        return new AnswerResult(question, AnswerStatus.Answered, text.ToString(), citations, Timeline(question), false, 0) { GeneratedBy = modelId };
    }

    private int Cite(SupportWindow window)
    {
        var existing = quoted.FindIndex(q => q.Passage.Id == window.Passage.Id && q.Start == window.Start && q.End == window.End);
        if (existing >= 0)
        {
            return existing + 1;
        }

        var article = corpus.ArticleOf(window.Passage);
        quoted.Add(window);
        citations.Add(new Citation(quoted.Count, article.Id, article.Title, article.Author, article.Publisher, article.Published?.ToString(), article.Url, window.Passage.Id, article.Text[window.Start..window.End]));
        return quoted.Count;
    }

    private List<TimelineItem> Timeline(string question)
    {
        var dates = QuestionDates.Find(question);
        return [.. corpus.Timeline
            .Where(e => dates is null || dates.Contains(e.Date))
            .Select(e => (Event: e, N: QuotedIn(e)))
            .Where(x => x.N > 0)
            .Take(MaxTimelineItems)
            .Select(x => new TimelineItem(x.Event.Date.Label, x.Event.Text, x.N))];
    }

    private int QuotedIn(TimelineEvent timelineEvent) =>
        timelineEvent.SourcesUnkept
            .Select(s => quoted.FindIndex(q => q.Passage.Id == s.PassageId && q.Start <= s.Start && s.Start + s.Length <= q.End) + 1)
            .FirstOrDefault(n => n > 0);
}
