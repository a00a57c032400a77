using System.Text;
using ChatBot.Core.Indexing;
using ChatBot.Core.Reading;
using ChatBot.Core.Text;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>/reading [topic]: the articles and passages to read, in order, each passage with a verbatim sentence and each article with its link.</summary>
public sealed class ReadingCommandHandler(ReadingListBuilder builder, ICorpusIndexProvider corpora) : ICommandHandler
{
    private const int MaxTopicLength = 100;

    public string Command => CommandNames.Reading;

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Option("topic")?.Trim();
        if (topic is { Length: > MaxTopicLength })
        {
            return Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = $"The topic is limited to {MaxTopicLength} characters." });
        }

        topic = topic is null ? null : MentionNeutralizer.Neutralize(topic);
        var corpus = corpora.Current;
        var list = builder.Build(corpus, topic, out var reason);
        return Task.FromResult(list is null
            ? new Reply { Kind = ReplyKind.NotFound, Body = $"{reason} Try another topic, or /reading without one for every article." }
            : Render(list, corpus));
    }

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>(focusedOption == "topic"
            ? [.. CorpusTopics.For(corpora.Current).Suggest(request.Option("topic") ?? "").Select(t => new AutocompleteChoice(t, t))]
            : []);

    private static Reply Render(ReadingList list, CorpusIndex corpus)
    {
        var body = new StringBuilder(list.Topic is null
            ? "Every indexed article, oldest first, with where each section starts:"
            : $"What the indexed articles say about \"{list.Topic}\", the article covering it most first; passages in reading order:");
        var sources = new List<ReplySource>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var article = list.Items[i].Article;
            var by = string.Join(", ", new[] { article.Author ?? article.Publisher, article.Published?.ToString() }.Where(v => v is not null));
            body.Append($"\n\n{i + 1}. {article.Title}{(by.Length > 0 ? $" ({by})" : "")}{(article.Url is null ? " — no link recorded" : "")}");
            foreach (var passage in list.Items[i].Passages)
            {
                sources.Add(new ReplySource(sources.Count + 1, article.Title, article.Author ?? article.Publisher, article.Published?.ToString(), article.Url, passage.Quote, article.Id, passage.PassageId));
                body.Append($"\n   • {(passage.Heading is not null ? $"Section \"{passage.Heading}\"" : list.Topic is null ? "Opening" : "Passage")} [{sources.Count}]");
            }
        }

        var links = list.Items.Where(i => i.Article.Url is not null).Take(5)
            .Select((item, i) => new ReplyButton($"reading:{i}", Cut($"Open: {item.Article.Title}"), ReplyButtonStyle.Link, item.Article.Url)).ToList();
        return new Reply
        {
            Kind = ReplyKind.Sources,
            Title = list.Topic is null ? "Reading list" : $"Reading list: {list.Topic}",
            Body = body.ToString(),
            Sources = sources,
            ShowQuotes = true,
            ButtonRows = links.Count == 0 ? [] : [links],
            Shareable = true,
            Footer = AnswerReplies.Footer(corpus),
        };
    }

    private static string Cut(string text) => text.Length <= ReplyButton.MaxLabelLength ? text : text[..(ReplyButton.MaxLabelLength - 1)] + "…";
}
