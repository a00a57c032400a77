using System.Globalization;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>/timeline [from] [to] [about]: the corpus's dated events, filtered, paginated; "about" autocompletes from corpus topics.</summary>
public sealed class TimelineCommandHandler(ICorpusIndexProvider corpora, TimelinePictures? pictures = null) : ICommandHandler, IComponentHandler
{
    private readonly TimelinePictures pictures = pictures ?? new TimelinePictures();

    public string Command => CommandNames.Timeline;

    public string Prefix => "tlpage";

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var from = Year(request.Option("from"));
        var to = Year(request.Option("to"));
        if (from is -1 || to is -1)
        {
            return Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = "Years must be whole numbers between 1800 and 2100, like 2002." });
        }

        if (from > to)
        {
            return Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = $"\"from\" ({from}) is after \"to\" ({to}). Swap them and try again." });
        }

        var about = request.Option("about");
        if (about is { Length: > 200 })
        {
            return Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = "The topic is limited to 200 characters." });
        }

        var page = int.TryParse(request.Option("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var (reply, corpus, events) = Build(new TimelineFilter(from, to, TimelineFilter.NormalizeAbout(about is null ? null : MentionNeutralizer.Neutralize(about))), page);
        return Task.FromResult(TimelinePictures.IsRequested(request) ? pictures.Attach(reply, corpus, events, cancellationToken) : reply);
    }

    public Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        Task.FromResult(TimelineFilter.FromAction(arguments, out var page) is { } filter
            ? Render(filter, page) with { ReplaceOriginal = true, Visibility = request.KeptVisibility }
            : new Reply { Kind = ReplyKind.Invalid, Body = "This page button is no longer valid. Run /timeline again." });

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>(focusedOption == "about"
            ? [.. CorpusTopics.For(corpora.Current).Suggest(request.Option("about") ?? "").Select(t => new AutocompleteChoice(t, t))]
            : []);

    private Reply Render(TimelineFilter filter, int page) => Build(filter, page).Reply;

    private (Reply Reply, CorpusIndex Corpus, IReadOnlyList<TimelineEvent> Events) Build(TimelineFilter filter, int page)
    {
        var corpus = corpora.Current;
        filter = filter with { About = filter.About is null ? null : MentionNeutralizer.Neutralize(filter.About) };
        var topic = filter.About is null ? null : TopicPlan.For(corpus, filter.About, QuestionKind.Timeline);
        if (topic is { Missing.Count: > 0 })
        {
            return (TimelineReplies.Page(corpus, [], filter, 1) with { Body = $"{topic.NotCoveredReason(filter.About!)} Try another topic, or leave the topic out." }, corpus, []);
        }

        var events = TimelineQuery.Find(corpus, topic?.Plan, filter.Range);
        return (TimelineReplies.Page(corpus, events, filter, page), corpus, events);
    }

    private static int? Year(string? text) =>
        text is null ? null : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : -1;
}
