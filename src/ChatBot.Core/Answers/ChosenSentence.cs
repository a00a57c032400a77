using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>A sentence picked for an answer: where it is (passage, sentence index, article offsets) and its text.</summary>
public sealed record ChosenSentence(Passage Passage, int Index, TextSpan Span, string Text)
{
    /// <summary>Counted once: choosing, assessing and writing an answer each ask for it.</summary>
    public int Words { get; } = SentenceTrimmer.CountWords(Text);

    public bool IsNextTo(ChosenSentence other) => IsNextTo(other.Passage, other.Index, other.Span);

    /// <summary>The same for a sentence given by its place, before it is made into a chosen one (which reads its text).</summary>
    internal bool IsNextTo(Passage passage, int index, TextSpan span) =>
        Passage.ArticleId == passage.ArticleId && (Span.End <= span.Start ? Gap((Passage, Index), (passage, index)) : Gap((passage, index), (Passage, Index)));

    private static bool Gap((Passage Passage, int Index) first, (Passage Passage, int Index) second) =>
        first.Passage.Ordinal == second.Passage.Ordinal ? second.Index == first.Index + 1
        : second.Passage.Ordinal == first.Passage.Ordinal + 1 && second.Index == 0 && first.Index == first.Passage.Sentences.Count - 1;
}
