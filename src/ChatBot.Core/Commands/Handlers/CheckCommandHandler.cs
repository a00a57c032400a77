using ChatBot.Core.Checking;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// "Check with sources" (a Discord message command, a Slack message shortcut): the message's text arrives as the
/// <c>text</c> option and is checked against the articles; the reply is private.
/// </summary>
public sealed class CheckCommandHandler(ClaimChecker checker, ICorpusIndexProvider corpora) : ICommandHandler
{
    public string Command => CommandNames.Check;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var corpus = corpora.Current;
        return Task.FromResult(CheckReplies.For(checker.Check(request.Option("text") ?? "", corpus), corpus));
    }
}
