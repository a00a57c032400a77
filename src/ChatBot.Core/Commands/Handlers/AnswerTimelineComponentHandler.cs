using System.Globalization;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Storage;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// "Timeline for this" (tl:&lt;answerId&gt;[:page]): the message the button is on becomes the dated events stated in
/// the answer's cited passages plus events on the question's topic, with paging and a way back to the answer.
/// </summary>
public sealed class AnswerTimelineComponentHandler(IAnswerArchive archive, ICorpusIndexProvider corpora) : IComponentHandler
{
    public string Prefix => "tl";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var page = 1;
        if (arguments.Count is < 1 or > 2 || (arguments.Count == 2 && !int.TryParse(arguments[1], NumberStyles.None, CultureInfo.InvariantCulture, out page))
            || await archive.GetAsync(arguments[0], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        var corpus = corpora.Current;
        var cited = answer.Citations.Select(c => c.PassageId).ToHashSet(StringComparer.Ordinal);
        var topic = RetrievalContext.For(corpus).Planner.Plan(answer.Question, QuestionKind.Timeline);
        var events = TimelineQuery.ForAnswer(corpus, cited, topic);
        var reply = TimelineReplies.Page(corpus, events, new TimelineFilter(null, null, null), page);
        var pages = Math.Max(1, (events.Count + TimelineReplies.PageSize - 1) / TimelineReplies.PageSize);
        page = Math.Clamp(page, 1, pages);
        var buttons = new List<ReplyButton> { new(ActionIds.Create("quotes", arguments[0], AnswerReplies.QuoteToggle.Hide), "Back to the answer") };
        if (page > 1)
        {
            buttons.Add(new ReplyButton(PageAction(arguments[0], page - 1), "Previous"));
        }

        if (page < pages)
        {
            buttons.Add(new ReplyButton(PageAction(arguments[0], page + 1), "Next"));
        }

        return reply with
        {
            Title = "Timeline for this answer",
            ButtonRows = [buttons],
            Visibility = request.KeptVisibility,
            ReplaceOriginal = true,
        };
    }

    private static string PageAction(string answerId, int page) => ActionIds.Create("tl", answerId, page.ToString(CultureInfo.InvariantCulture));
}
