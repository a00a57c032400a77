using System.Globalization;

using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Core.Timeline.Pictures;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// /timeline's picture option: the matching events (at most <see cref="MaxEvents"/>, oldest first) drawn by the
/// configured <see cref="ITimelinePicture"/> and attached to the text timeline, which stays as it is. A picture
/// that cannot be drawn, or is larger than <see cref="MaxBytes"/>, is left out with a one-line note.
/// </summary>
public sealed class TimelinePictures(ITimelinePicture? picture = null)
{
    public const string Option = "picture";

    /// <summary>More than this and labels stack into a picture too tall to read in a chat.</summary>
    public const int MaxEvents = 40;

    /// <summary>Well under Discord's and Slack's attachment limits (8–25 MB), so it loads quickly on a phone.</summary>
    public const int MaxBytes = 1_000_000;

    public const string Unavailable = "A picture of the timeline is not available on this server.";
    public const string Failed = "The picture of this timeline could not be drawn; the events are listed above.";

    public static bool IsRequested(CommandRequest request) =>
        CommandNames.Is(request, CommandNames.Timeline) && request.Flag(Option);

    public Reply Attach(Reply reply, CorpusIndex corpus, IReadOnlyList<TimelineEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return reply;
        }

        if (picture is null)
        {
            return WithNote(reply, Unavailable);
        }

        var chart = Chart(reply.Title ?? "Timeline", corpus, events);
        byte[] content;
        try
        {
            content = picture.Draw(chart, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return WithNote(reply, Failed);
        }

        if (content.Length is 0 or > MaxBytes)
        {
            return WithNote(reply, Failed);
        }

        var attachment = new ReplyAttachment($"timeline.{picture.Extension}", picture.ContentType, content, Describe(chart));
        return reply with { Attachments = [.. reply.Attachments, attachment] };
    }

    /// <summary>The first <see cref="MaxEvents"/> events with one source number per article, in order of first use.</summary>
    public static TimelineChart Chart(string title, CorpusIndex corpus, IReadOnlyList<TimelineEvent> events)
    {
        var shown = events.Take(MaxEvents).ToList();
        var articles = new List<string>();
        var chartEvents = new List<TimelineChartEvent>(shown.Count);
        foreach (var timelineEvent in shown)
        {
            var articleId = timelineEvent.Sources[0].ArticleId;
            var n = articles.IndexOf(articleId) + 1;
            if (n == 0)
            {
                articles.Add(articleId);
                n = articles.Count;
            }

            chartEvents.Add(new TimelineChartEvent(timelineEvent.Date, timelineEvent.Text, n));
        }

        var sources = articles.Select((id, i) =>
        {
            var article = corpus.Article(id);
            return new TimelineChartSource(i + 1, article.Title, article.Author, article.Publisher, article.Published?.ToString(), article.Url);
        }).ToList();
        return new TimelineChart(title, chartEvents, sources, events.Count - shown.Count);
    }

    /// <summary>Alternative text for the picture.</summary>
    public static string Describe(TimelineChart chart)
    {
        var count = chart.Events.Count.ToString(CultureInfo.InvariantCulture);
        var span = chart.Events.Count == 0 ? "" : $", {chart.Events[0].Label} to {chart.Events[^1].Label}";
        var left = chart.Omitted > 0 ? $"; {chart.Omitted.ToString(CultureInfo.InvariantCulture)} later events are not drawn" : "";
        return $"{chart.Title}: {count} dated events on a year axis{span}, with their sources{left}.";
    }

    private static Reply WithNote(Reply reply, string note) => reply with { Body = $"{reply.Body}\n{note}".Trim() };
}
