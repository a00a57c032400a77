namespace ChatBot.Core.Answers;

/// <summary>The sentences an answer quotes, in reading order, and whether one of them holds the kind of fact asked for.</summary>
public sealed record AnswerChoice(IReadOnlyList<ChosenSentence> Sentences, bool HoldsWantedFact)
{
    public int Words
    {
        get
        {
            var words = 0;
            for (var i = 0; i < Sentences.Count; i++)
            {
                words += Sentences[i].Words;
            }

            return words;
        }
    }
}
