using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>
/// A dated event as the timeline function returns it: its date as the timeline labels it ("before 2002",
/// "2002-09-17") and as an ISO start date, the sentence stating it, and its first source.
/// </summary>
public sealed record PluginEvent(string Date, string Start, string Text, string ArticleId, string Title, string PassageId)
{
    public static PluginEvent From(TimelineEvent timelineEvent, CorpusIndex index)
    {
        var source = timelineEvent.Sources[0];
        return new PluginEvent(timelineEvent.Date.Label, timelineEvent.Date.Start.ToString(), timelineEvent.Text, source.ArticleId, index.Article(source.ArticleId).Title, source.PassageId);
    }
}
