using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>A sentence picked for an answer: where it is (passage, sentence index, article offsets) and its text.</summary>
public sealed record ChosenSentence(Passage Passage, int Index, TextSpan Span, string Text)
{
    /// <summary>Counted once: choosing, assessing and writing an answer each ask for it.</summary>
    public int Words { get; } = SentenceTrimmer.CountWords(Text);

    public bool IsNextTo(ChosenSentence other) =>
        Passage.ArticleId == other.Passage.ArticleId && (Span.End <= other.Span.Start ? Gap(this, other) : Gap(other, this));

    private static bool Gap(ChosenSentence first, ChosenSentence second) =>
        first.Passage.Ordinal == second.Passage.Ordinal ? second.Index == first.Index + 1
        : second.Passage.Ordinal == first.Passage.Ordinal + 1 && second.Index == 0 && first.Index == first.Passage.Sentences.Count - 1;
}
