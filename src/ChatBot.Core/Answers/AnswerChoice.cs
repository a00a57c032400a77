namespace ChatBot.Core.Answers;

/// <summary>The sentences an answer quotes, in reading order, and whether one of them holds the kind of fact asked for.</summary>
public sealed record AnswerChoice(IReadOnlyList<ChosenSentence> Sentences, bool HoldsWantedFact)
{
    public int Words => Sentences.Sum(s => s.Words);
}
