namespace ChatBot.Core.Answers;

/// <summary>
/// What the bot says to a question. Every sentence of <see cref="Answer"/> ends with citation markers [n] that
/// refer to <see cref="Citations"/>; a <see cref="AnswerStatus.NotFound"/> answer says so plainly and cites nothing.
/// </summary>
public sealed record AnswerResult(
    string Question,
    AnswerStatus Status,
    string Answer,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<TimelineItem> Timeline,
    bool Cached,
    double ElapsedMs)
{
    /// <summary>
    /// The language model that worded <see cref="Answer"/> from the cited passages; null for extractive answers,
    /// whose text is the quoted sentences themselves (and whose JSON keeps its documented shape without it). Quotes
    /// are verbatim either way.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? GeneratedBy { get; init; }

    /// <summary>
    /// Said to a reader whose question is in another language (<see cref="LanguageNotes"/>): the articles are in
    /// English, naming the language detected. Null for English questions, whose JSON keeps its documented shape.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? LanguageNote { get; init; }

    public static AnswerResult Invalid(string question, string message) => new(question, AnswerStatus.Invalid, message, [], [], false, 0);
}
