using ChatBot.Core.Indexing;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>/sources: every indexed article with its metadata, link and id (which the fact-card form asks for).</summary>
public sealed class SourcesCommandHandler(ICorpusIndexProvider corpora) : ICommandHandler
{
    public string Command => CommandNames.Sources;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var corpus = corpora.Current;
        var sources = corpus.Articles.Select((a, i) => new ReplySource(
            i + 1,
            a.Title,
            a.Author ?? a.Publisher,
            a.Published is { } date ? (a.PublishedInferred ? $"{date} (date inferred)" : date.ToString()) : null,
            a.Url,
            "",
            a.Id,
            "")).ToList();
        return Task.FromResult(new Reply
        {
            Kind = ReplyKind.Sources,
            Title = "Indexed sources",
            Body = $"The bot answers only from these {sources.Count} article{(sources.Count == 1 ? "" : "s")}.",
            Sources = sources,
            ShowArticleIds = true,
            Footer = AnswerReplies.Footer(corpus),
        });
    }
}
