using ChatBot.Core.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.MachineLearning;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the trained question classifier as the <see cref="IQuestionClassifier"/>, loading the model from
    /// <paramref name="modelPath"/> or, by default, <c>Model/question-classifier.zip</c> beside the host's assemblies.
    /// The model loads on first resolve; no training happens at start-up.
    /// </summary>
    public static IServiceCollection AddMlQuestionClassifier(this IServiceCollection services, string? modelPath = null)
    {
        var path = modelPath ?? MlQuestionClassifier.DefaultModelPath;
        return services.AddSingleton<IQuestionClassifier>(sp => new MlQuestionClassifier(path, sp.GetService<ILogger<MlQuestionClassifier>>()));
    }
}
