using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>"Show quotes" (quotes:&lt;answerId&gt;): the same answer with every source's exact quote, to the one who pressed.</summary>
public sealed class QuotesComponentHandler(IAnswerArchive archive, ICorpusIndexProvider corpora) : IComponentHandler
{
    public string Prefix => "quotes";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || await archive.GetAsync(arguments[0], cancellationToken) is not { } answer)
        {
            return Expired.Reply;
        }

        var reply = AnswerReplies.For(answer, arguments[0], corpora.Current, ReplyVisibility.Ephemeral, showQuotes: true);
        return reply with { ButtonRows = [] };
    }
}
