using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>A candidate sentence of a ranked passage, with its features and learned score.</summary>
public sealed record RankedSentence(RankedPassage Passage, int Index, TextSpan Span, Article Article, AnswerFeatures Holds, float[] Features)
{
    private string? text;

    /// <summary>
    /// The sentence's characters, made into a string the first time they are asked for: every sentence of the best
    /// passages is scored, and only the few an answer considers are read as text.
    /// </summary>
    public string Text => text ??= Article.Slice(Span);

    public float Score { get; set; }

    public SentenceMatch Match => Passage.Match.Sentences[Index];

    /// <summary>True when the sentence leans on the one before it ("This was…", "He then…").</summary>
    public bool LeansOnPrevious => Features[SentenceFeatures.Anaphor] > 0;

    /// <summary>True when the sentence holds the kind of fact asked for (a date for "when") that the question does not already state.</summary>
    public bool HasNewFact => Features[SentenceFeatures.NewFact] > 0;

    public bool IsNextTo(RankedSentence other) =>
        Passage.Hit.Passage.Ordinal == other.Passage.Hit.Passage.Ordinal && Math.Abs(Index - other.Index) == 1;
}
