using ChatBot.Core.Indexing;

namespace ChatBot.Core.Answers;

/// <summary>The plain words the bot uses when it cannot answer.</summary>
public static class AnswerMessages
{
    public const string NotCovered = "The indexed articles don't cover that.";

    public static string NotFound(CorpusIndex corpus, string? detail = null) =>
        $"{NotCovered}{(detail is null ? "" : $" {detail}")} {CoverageHint(corpus)}".Trim();

    public static string Missing(IEnumerable<string> words) =>
        $"They don't mention {string.Join(" or ", words.Select(w => $"\"{w}\""))}.";

    /// <summary>
    /// A decline that still shows what the articles hold nearest to the question, clearly marked as not an answer:
    /// "The indexed articles don't answer that directly (nothing there says "apologize" about it). The nearest they come: … [1]".
    /// </summary>
    public static string Nearest(string reason, string quote) => $"{reason} {NearestLead} {quote}";

    /// <summary>What separates a decline's reason from the nearest cited sentence it shows.</summary>
    public const string NearestLead = "The nearest they come:";

    /// <summary>Why the nearest sentence is not an answer: the question's words it lacks, when there are some.</summary>
    public static string NotDirectly(IReadOnlyList<string> lacking) =>
        lacking.Count == 0
            ? "The indexed articles don't answer that directly."
            : $"The indexed articles don't answer that directly (nothing there says {string.Join(" or ", lacking.Select(w => $"\"{w}\""))} about it).";

    public static string MissingFact(Questions.QuestionKind kind) => kind switch
    {
        Questions.QuestionKind.Date => "They don't give a date for it.",
        Questions.QuestionKind.Number => "They don't give that number.",
        Questions.QuestionKind.Place => "They don't say where.",
        _ => "They don't name them.",
    };

    public static string ForManipulation(ManipulationKind kind) => kind switch
    {
        ManipulationKind.Opinion => "I only report what the indexed articles say, with citations; I don't give opinions or judgements.",
        ManipulationKind.Creative => "I only answer questions from the indexed articles, with citations; I don't write new text.",
        _ => "I only answer questions about what the indexed articles say, with citations.",
    };

    /// <summary>"They cover: …" from the corpus's tags, so the user knows what can be asked.</summary>
    public static string CoverageHint(CorpusIndex corpus)
    {
        var topics = corpus.TopicHint;
        return topics.Count == 0 ? "" : $"They cover topics such as: {string.Join(", ", topics)}.";
    }
}
