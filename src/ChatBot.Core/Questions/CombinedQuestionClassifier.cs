namespace ChatBot.Core.Questions;

/// <summary>
/// A trained classifier, corrected by the wording rules where it is unsure: when the model's confidence is below
/// <see cref="TrustAbove"/> and the rules recognise a specific form ("how many", "when did"), the rules win.
/// Measured on the held-out evaluation set; see the README.
/// </summary>
public sealed class CombinedQuestionClassifier(IQuestionClassifier model, IQuestionClassifier rules) : IQuestionClassifier
{
    public const float TrustAbove = 0.6f;

    public QuestionClassification Classify(string question)
    {
        var predicted = model.Classify(question);
        if (predicted.Confidence >= TrustAbove)
        {
            return predicted;
        }

        var ruled = rules.Classify(question);
        return ruled.Kind is QuestionKind.Description ? predicted : ruled;
    }
}
