using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.Questions;
using ChatBot.Core.Quiz;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using ChatBot.Corpus;
using ChatBot.Discord.Configuration;
using ChatBot.Lucene;
using ChatBot.MachineLearning;
using ChatBot.Pictures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// What the host gives Core (<see cref="Core.DependencyInjection.AddChatBotCore"/>): its options bound to configuration,
/// the file corpus, the Lucene stemmer, timeline pictures, the trained question model, evidence models from a file,
/// and Core's telemetry (<see cref="BotMetrics"/>: metrics and log lines). Each plugs in with <see cref="PlugIns"/>, so
/// it may come before or after Core.
/// </summary>
internal static class CoreMechanisms
{
    public static IServiceCollection AddCoreMechanisms(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section);
        services.AddOptions<AnswersOptions>().BindConfiguration(AnswersOptions.Section);
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.Section);
        services.AddOptions<QuizOptions>().BindConfiguration(QuizOptions.Section);

        services.AddPlugIn<ITermStemmer>(SnowballEnglishStemmer.Instance);
        services.AddFileCorpus();
        services.AddTimelinePictures();
        services.AddPlugIn(sp => QuestionClassifierFallback.ModelOrRules(
            () => new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath, sp.GetService<ILogger<MlQuestionClassifier>>()),
            reason => sp.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Questions").LogWarning("Question model unavailable ({Reason}); using the wording rules", reason)));
        services.AddPlugIn<EvidenceModelSet>(EvidenceModelsRegistration.Load);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswersOptions>, EvidenceModelsRegistration.Validation>());
        services.AddPlugIn(sp => new HelpSettings(sp.GetRequiredService<IOptions<DiscordOptions>>().Value is { Enabled: true, Gateway.Enabled: true }));
        services.AddPlugIn<IBotTelemetry>(sp => sp.GetRequiredService<BotMetrics>());
        return services;
    }
}
