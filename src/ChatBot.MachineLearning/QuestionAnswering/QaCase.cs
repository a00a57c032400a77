namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// A question placed in a corpus built by <see cref="QaCorpus"/>: the article that holds its paragraph, and where
/// each gold answer starts in that article's text (offsets already follow the corpus's whitespace normalisation).
/// </summary>
public sealed record QaCase(QaQuestion Question, string ArticleId, IReadOnlyList<QaAnswer> Answers)
{
    /// <summary>Verbatim pieces of the sentences that answer the question, when the set gives them instead of offsets.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public string Text => Question.Text;

    public bool IsAnswerable => Question.IsAnswerable;
}
