using ChatBot.Core.Indexing;
using ChatBot.Core.Search;

namespace ChatBot.Core.Answers;

public sealed partial class AnswerEngine
{
    /// <summary>
    /// The passages the engine searches for a question, best first, planned exactly as <see cref="Answer(string, CorpusIndex)"/>
    /// plans them: what an answer generator is given to read.
    /// </summary>
    public IReadOnlyList<SearchHit> Retrieve(string question, CorpusIndex index, int top)
    {
        var context = RetrievalContext.For(index, analyzer);
        var plan = WithoutKnownYears(context.Planner.Plan(question, Refine(classifier.Classify(question), question).Kind), context.Corpus);
        return context.Searcher.Search(plan, top);
    }
}
