using ChatBot.Core.Generation;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Generation;

/// <summary>Passages of the bundled corpus found by a piece of their text, numbered as a prompt would number them.</summary>
internal static class CorpusPassages
{
    public static Passage Containing(string text) =>
        TestCorpus.Index.Passages.Single(p => p.Text.Contains(text, StringComparison.Ordinal));

    public static List<NumberedPassage> Numbered(params string[] texts) =>
        [.. texts.Select((text, i) => new NumberedPassage(i + 1, Containing(text)))];
}
