using ChatBot.Core.Storage;

namespace ChatBot.Core.Questions;

/// <summary>
/// The question classifier the bot runs with: a trained model, corrected by the wording rules where the model is unsure
/// (<see cref="CombinedQuestionClassifier"/>). A model that cannot be loaded (missing, corrupt or unreadable file) is
/// reported once and the rules take over: the bot never fails to start over it.
/// </summary>
public static class QuestionClassifierFallback
{
    /// <param name="loadModel">Loads the trained model; may throw when the model file cannot be used.</param>
    /// <param name="unavailable">Told the first line of the reason when the rules take over.</param>
    public static IQuestionClassifier ModelOrRules(Func<IQuestionClassifier> loadModel, Action<string> unavailable)
    {
        try
        {
            return new CombinedQuestionClassifier(loadModel(), RuleBasedQuestionClassifier.Instance);
        }
        catch (Exception e) when (FileFailure.Is(e) || e is InvalidDataException or InvalidOperationException or FormatException)
        {
            unavailable(e.Message.Split('\n')[0]);
            return RuleBasedQuestionClassifier.Instance;
        }
    }
}
