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
