using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>A query analysed against one index: its concepts and what kind of answer it wants.</summary>
public sealed record QueryPlan(string Query, IReadOnlyList<QueryConcept> Concepts, QuestionKind Kind)
{
    /// <summary>For "how many X" questions, the index of concept X: the thing being counted.</summary>
    public int? Focus { get; init; }

    public float TotalWeight => Concepts.Sum(c => c.Weight);

    public IEnumerable<QueryConcept> UnknownConcepts => Concepts.Where(c => !c.IsKnown);
}
