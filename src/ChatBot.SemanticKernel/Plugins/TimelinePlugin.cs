using System.ComponentModel;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;
using Microsoft.SemanticKernel;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>The corpus timeline as a kernel function, filtered as /timeline filters it.</summary>
public sealed class TimelinePlugin(ICorpusIndexProvider corpora)
{
    public const int MaxEvents = 50;

    [KernelFunction("events")]
    [Description("Dated events stated in the indexed articles, oldest first, each with the exact sentence that states it and its source.")]
    public IReadOnlyList<PluginEvent> Events(
        [Description("First year to include")] int? fromYear = null,
        [Description("Last year to include")] int? toYear = null,
        [Description("A topic the events must be about, such as \"repatriation\"")] string? about = null,
        [Description("How many events to return, 1 to 50")] int max = 20)
    {
        var index = corpora.Current;
        var range = fromYear is null && toYear is null ? null : new DateRange(fromYear ?? 1, toYear ?? 9999);
        var topic = string.IsNullOrWhiteSpace(about) ? null : RetrievalContext.For(index).Planner.Plan(about, QuestionKind.Timeline);
        return [.. TimelineQuery.Find(index, topic, range).Take(Math.Clamp(max, 1, MaxEvents)).Select(e => PluginEvent.From(e, index))];
    }
}
