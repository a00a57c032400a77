using ChatBot.Core.Questions;
using ChatBot.MachineLearning;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Host.Composition;

/// <summary>
/// The question classifier: the trained ML.NET model, corrected by the wording rules where the model is unsure.
/// A missing or corrupt model file is logged once and the rules take over; the bot never fails to start over it.
/// </summary>
internal static class QuestionClassifierRegistration
{
    public static IServiceCollection AddQuestionClassifier(this IServiceCollection services)
    {
        services.TryAddSingleton<IQuestionClassifier>(sp =>
        {
            try
            {
                return new CombinedQuestionClassifier(new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Questions")
                    .LogWarning("Question model unavailable ({Reason}); using the wording rules", e.Message.Split('\n')[0]);
                return RuleBasedQuestionClassifier.Instance;
            }
        });
        return services;
    }
}
