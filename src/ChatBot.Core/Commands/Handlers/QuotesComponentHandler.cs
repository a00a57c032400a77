using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// "Show quotes" (quotes:&lt;answerId&gt;) and "Hide quotes" / "Back to the answer" (quotes:&lt;answerId&gt;:off): the
/// message the button is on becomes the same answer with or without every source's exact quote, buttons kept.
/// </summary>
public sealed class QuotesComponentHandler(IAnswerArchive archive, ICorpusIndexProvider corpora) : IComponentHandler
{
    public string Prefix => "quotes";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var show = arguments.Count == 1;
        var hide = arguments.Count == 2 && arguments[1] == AnswerReplies.QuoteToggle.Hide;
        if (!(show || hide) || await archive.GetAsync(arguments[0], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        return AnswerReplies.For(answer, arguments[0], corpora.Current, request.KeptVisibility, showQuotes: show) with { ReplaceOriginal = true };
    }
}
