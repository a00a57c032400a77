using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Commands.Handlers;

/// <summary>Topics and names a corpus offers for autocomplete: article tags and the people and places its articles name.</summary>
public sealed class CorpusTopics
{
    private static readonly ConditionalWeakTable<CorpusIndex, CorpusTopics> Cache = [];
    private readonly string[] topics;

    private CorpusTopics(CorpusIndex corpus)
    {
        var names = corpus.Articles.SelectMany(a => a.Blocks.Where(b => b.Kind == Corpus.BlockKind.Paragraph).Select(a.BlockText))
            .SelectMany(text => PersonNames.Find(text).Concat(PlaceNames.Find(text)));
        topics = [.. corpus.Articles.SelectMany(a => a.Tags).Concat(names)
            .Select(t => t.Trim()).Where(t => t.Length is > 1 and <= 100)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];
    }

    public static CorpusTopics For(CorpusIndex corpus) => Cache.GetValue(corpus, c => new CorpusTopics(c));

    /// <summary>Up to 25 topics starting with (then containing) what was typed.</summary>
    public IEnumerable<string> Suggest(string typed)
    {
        var text = typed.Trim();
        return topics.Where(t => t.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .Concat(topics.Where(t => !t.StartsWith(text, StringComparison.OrdinalIgnoreCase) && t.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Take(25);
    }
}
