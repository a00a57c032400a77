using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Search;

/// <summary>
/// A topic someone typed (for /timeline, /quiz, /reading, fact-card drafts) planned against one index.
/// <see cref="Missing"/> holds the names and numbers it asks about that the corpus never mentions: a topic with
/// one of those is not covered, whatever else matches ("Koizumi Yokota" must not list everything on Koizumi).
/// </summary>
public sealed record TopicPlan(QueryPlan Plan, IReadOnlyList<string> Missing)
{
    public bool IsCovered => Missing.Count == 0 && Plan.Concepts.Any(c => c.IsKnown);

    public static TopicPlan For(CorpusIndex corpus, string topic, QuestionKind kind = QuestionKind.Description)
    {
        var plan = RetrievalContext.For(corpus).Planner.Plan(topic, kind);
        var words = Tokenizer.Tokenize(topic);
        var missing = new List<string>();
        foreach (var concept in plan.UnknownConcepts)
        {
            var token = words.FirstOrDefault(w => w.Folded == concept.Text);
            var surface = token.Folded is null ? concept.Text : topic.Substring(token.Start, token.Length);
            if (surface.Length > 0 && (char.IsUpper(surface[0]) || char.IsAsciiDigit(surface[0])))
            {
                missing.Add(surface);
            }
        }

        return new TopicPlan(plan, missing);
    }

    /// <summary>"the indexed articles don't mention Yokota" or a general line when nothing in the topic is known.</summary>
    public string NotCoveredReason(string topic) =>
        Missing.Count > 0
            ? $"The indexed articles never mention {string.Join(", ", Missing.Select(m => $"\"{m}\""))}."
            : $"The indexed articles don't cover \"{topic}\".";
}
