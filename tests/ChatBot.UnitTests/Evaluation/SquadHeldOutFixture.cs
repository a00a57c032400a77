using ChatBot.Core.Answers;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.MachineLearning.QuestionAnswering;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// The committed SQuAD articles indexed once, with the engine as it ships (built-in models, the product's question
/// classifier, the sentence encoder, no corpus lexicon) and its answer to every question of the held-out test
/// articles; and the answers of the lexical models alone, which run when embeddings are off.
/// </summary>
public sealed class SquadHeldOutFixture
{
    public SquadHeldOutFixture()
    {
        var data = EvaluationSet.RepositoryPath("src", "ChatBot.MachineLearning", "Data", "qa");
        var squad1 = SquadReader.ReadAsync(Path.Combine(data, EvidenceTrainingData.Squad1File)).GetAwaiter().GetResult();
        var squad2 = SquadReader.ReadAsync(Path.Combine(data, EvidenceTrainingData.Squad2File)).GetAwaiter().GetResult();
        var order = squad1.Select(a => a.Title).ToList();
        Squad1 = QaBench.Build("squad-v1.1", squad1, order, TestCorpus.Plain, TestEncoder.Shared);
        Squad2 = QaBench.Build("squad-v2.0", squad2, order, TestCorpus.Plain, TestEncoder.Shared);
        Answers1 = Answer(Squad1, TestEncoder.Shared);
        Answers2 = Answer(Squad2, TestEncoder.Shared);
        LexicalAnswers1 = Answer(Squad1, encoder: null);
        LexicalAnswers2 = Answer(Squad2, encoder: null);
    }

    public QaBench Squad1 { get; }

    public QaBench Squad2 { get; }

    public IReadOnlyList<(QaCase Case, AnswerResult Answer)> Answers1 { get; }

    public IReadOnlyList<(QaCase Case, AnswerResult Answer)> Answers2 { get; }

    public IReadOnlyList<(QaCase Case, AnswerResult Answer)> LexicalAnswers1 { get; }

    public IReadOnlyList<(QaCase Case, AnswerResult Answer)> LexicalAnswers2 { get; }

    public static IQuestionClassifier Classifier { get; } = new CombinedQuestionClassifier(
        new ChatBot.MachineLearning.MlQuestionClassifier(ChatBot.MachineLearning.MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance);

    private static List<(QaCase, AnswerResult)> Answer(QaBench bench, Core.Embeddings.ISentenceEncoder? encoder)
    {
        var engine = new AnswerEngine(Classifier, encoder: encoder);
        Assert.Equal(encoder is not null, engine.IsDense);
        return [.. bench.In(QaSplit.Test).Select(c => (c, engine.Answer(QuestionSanitizer.Sanitize(c.Text).Question, bench.Index)))];
    }
}
