namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// One question of a reading-comprehension set: its gold answers (each a verbatim piece of the paragraph, with its
/// character offset there) or none when the paragraph cannot answer it.
/// </summary>
public sealed record QaQuestion(string Id, string Text, IReadOnlyList<QaAnswer> Answers, bool IsImpossible)
{
    public bool IsAnswerable => !IsImpossible && Answers.Count > 0;
}
