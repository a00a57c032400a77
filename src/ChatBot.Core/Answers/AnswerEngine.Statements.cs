using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;

namespace ChatBot.Core.Answers;

/// <summary>Ranking the corpus's sentences against a statement rather than a question (the claim checker's retrieval).</summary>
public sealed partial class AnswerEngine
{
    /// <summary>
    /// The corpus's sentences ranked against a statement, best first, by the same plan and learned passage and sentence
    /// models that rank evidence for a question. None of the question-only gates apply: a statement naming a year the
    /// articles never print is exactly what a claim check must still compare with them.
    /// </summary>
    public IReadOnlyList<RankedSentence> RankSentences(string statement, CorpusIndex index)
    {
        var context = RetrievalContext.For(index);
        var profile = Read(context, statement, QuestionKind.Description);
        return profile.Plan.Concepts.Any(c => c.IsKnown) ? RankerFor(profile).Rank(context, profile).Sentences : [];
    }
}
