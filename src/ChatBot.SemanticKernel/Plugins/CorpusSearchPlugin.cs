using System.ComponentModel;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using Microsoft.SemanticKernel;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>The corpus search as a kernel function: the same planner and ranking as the extractive engine.</summary>
public sealed class CorpusSearchPlugin(AnswerEngine engine, ICorpusIndexProvider corpora)
{
    public const int MaxTop = 10;

    [KernelFunction("search")]
    [Description("Searches the indexed articles about the Japan–North Korea abduction issue and returns the best matching passages verbatim, with their sources.")]
    public IReadOnlyList<PluginPassage> Search(
        [Description("Words or a question to search for")] string query,
        [Description("How many passages to return, 1 to 10")] int top = 5)
    {
        var (clean, error) = QuestionSanitizer.Sanitize(query);
        if (error is not null)
        {
            return [];
        }

        var index = corpora.Current;
        return [.. engine.Retrieve(clean, index, Math.Clamp(top, 1, MaxTop)).Select(hit => PluginPassage.From(hit.Passage, index))];
    }
}
