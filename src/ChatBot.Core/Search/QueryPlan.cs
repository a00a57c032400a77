using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>A query analysed against one index: its concepts and what kind of answer it wants.</summary>
public sealed record QueryPlan(string Query, IReadOnlyList<QueryConcept> Concepts, QuestionKind Kind)
{
    public float TotalWeight => Concepts.Sum(c => c.Weight);

    public IEnumerable<QueryConcept> UnknownConcepts => Concepts.Where(c => !c.IsKnown);
}
