namespace ChatBot.Core.Answers;

/// <summary>Why the engine declines a question.</summary>
public enum DeclineReason
{
    /// <summary>An instruction, a request for an opinion or for invented text: not a question about the articles.</summary>
    Manipulation,

    /// <summary>The question names someone or something (or a number) the articles never mention.</summary>
    UnknownNames,

    /// <summary>None of the question's words occur in the articles.</summary>
    NothingMatches,

    /// <summary>Small talk ("hi", "tell me a joke"), and nothing in the articles covers it well.</summary>
    OffTopic,

    /// <summary>The evidence found is unlikely to answer the question (the answerability model's verdict).</summary>
    NotAnswered,
}
