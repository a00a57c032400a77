using ChatBot.Core.Answers;
using ChatBot.Core.Ranking;
using ChatBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// The evidence models the engine runs with: the built-in ones, or a file named by <c>ChatBot:Answers:Models</c>. A file
/// that is not a model file for this engine stops start-up with its reason; built-in models that cannot be used (a
/// broken build) are logged once and the engine ranks lexically without them rather than not answering at all.
/// </summary>
internal static class EvidenceModelsRegistration
{
    public static EvidenceModelSet Load(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<AnswersOptions>>().Value.Models;
        if (!string.IsNullOrWhiteSpace(path))
        {
            return TryLoad(path, out var models, out var reason)
                ? models
                : throw new OptionsValidationException(AnswersOptions.Section, typeof(AnswersOptions), [reason]);
        }

        if (EvidenceModelFile.EmbeddedProblem is { } problem)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Answers").LogWarning("Built-in evidence models unavailable ({Problem}); ranking without them", problem);
        }

        return EvidenceModelFile.Embedded;
    }

    private static bool TryLoad(string path, out EvidenceModelSet models, out string problem)
    {
        try
        {
            models = EvidenceModelFile.Load(path);
            problem = "";
            return true;
        }
        catch (Exception e) when (FileFailure.Is(e) || e is InvalidDataException)
        {
            models = EvidenceModelSet.Untrained;
            problem = $"ChatBot:Answers:Models '{path}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}";
            return false;
        }
    }

    /// <summary>Checks at start-up that a configured model file is one, so a wrong path stops <c>serve</c> in one line.</summary>
    internal sealed class Validation : IValidateOptions<AnswersOptions>
    {
        public ValidateOptionsResult Validate(string? name, AnswersOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.Models))
            {
                return ValidateOptionsResult.Success;
            }

            return TryLoad(options.Models, out _, out var problem) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
        }
    }
}
