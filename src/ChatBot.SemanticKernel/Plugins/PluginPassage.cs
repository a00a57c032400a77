using ChatBot.Core.Indexing;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>A passage as the search function returns it: verbatim text with where it comes from.</summary>
public sealed record PluginPassage(string PassageId, string ArticleId, string Title, string? Published, string? Url, string Text)
{
    public static PluginPassage From(Passage passage, CorpusIndex index)
    {
        var article = index.ArticleOf(passage);
        return new PluginPassage(passage.Id, article.Id, article.Title, article.Published?.ToString(), article.Url, passage.Text);
    }
}
