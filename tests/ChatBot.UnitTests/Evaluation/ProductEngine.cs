using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// The answer engine as the product runs it by default: bundled corpus with passage vectors, the sentence encoder,
/// trained classifier corrected by the rules.
/// </summary>
internal static class ProductEngine
{
    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(
        new CombinedQuestionClassifier(new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance),
        encoder: TestEncoder.Shared));

    private static readonly Lazy<AnswerEngine> RulesEngine = new(() => new AnswerEngine(
        RuleBasedQuestionClassifier.Instance, encoder: TestEncoder.Shared));

    /// <summary>The engine itself, for what builds on its ranking (the claim checker).</summary>
    public static AnswerEngine Shared => Engine.Value;

    public static AnswerResult Ask(string question) => Engine.Value.Answer(QuestionSanitizer.Sanitize(question).Question, TestCorpus.IndexWithVectors);

    /// <summary>The same engine with the hand-written rules alone, to show what the trained classifier changes.</summary>
    public static AnswerResult AskWithRulesOnly(string question) => RulesEngine.Value.Answer(QuestionSanitizer.Sanitize(question).Question, TestCorpus.IndexWithVectors);
}
