using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Storage;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// "Timeline for this" (tl:&lt;answerId&gt;): dated events stated in the answer's cited passages, plus events on the
/// question's topic.
/// </summary>
public sealed class AnswerTimelineComponentHandler(IAnswerArchive archive, ICorpusIndexProvider corpora) : IComponentHandler
{
    public string Prefix => "tl";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || await archive.GetAsync(arguments[0], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        var corpus = corpora.Current;
        var cited = answer.Citations.Select(c => c.PassageId).ToHashSet(StringComparer.Ordinal);
        var topic = RetrievalContext.For(corpus).Planner.Plan(answer.Question, QuestionKind.Timeline);
        var onTopic = TimelineQuery.Find(corpus, topic, null);
        var events = corpus.Timeline.Where(e => e.Sources.Any(s => cited.Contains(s.PassageId)) || onTopic.Contains(e)).ToList();
        var reply = TimelineReplies.Page(corpus, events, new TimelineFilter(null, null, null), 1);
        return reply with { Title = "Timeline for this answer", ButtonRows = [] };
    }
}
