using ChatBot.Core.Conversations;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Storage;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline.Pictures;
using ChatBot.Corpus;
using ChatBot.Host.Hosting;
using ChatBot.Lucene;
using ChatBot.Pictures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>Registers the core: corpus loading and index, answer engine and service, command handlers and dispatcher.</summary>
internal static class ChatBotServices
{
    public static IServiceCollection AddChatBotCore(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "ChatBot:Corpus:Directory must not be empty")
            .Validate(o => o.MaxFileBytes > 0, "ChatBot:Corpus:MaxFileBytes must be positive")
            .Validate(o => o.MaxNestingDepth > 0, "ChatBot:Corpus:MaxNestingDepth must be positive")
            .Validate(o => o.MaxParseTime > TimeSpan.Zero, "ChatBot:Corpus:MaxParseTime must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITermStemmer>(SnowballEnglishStemmer.Instance);
        services.TryAddSingleton(sp => TextAnalyzer.Create(sp.GetRequiredService<ITermStemmer>()));
        services.AddQuestionClassifier();
        services.AddFileCorpus();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CorpusOptions>>().Value.SnapshotDirectory is { Length: > 0 } directory
            ? new IndexSnapshotStore(directory)
            : new IndexSnapshotStore(Path.Combine(Path.GetTempPath(), "chatbot-index")));
        services.TryAddSingleton(sp => new CorpusIndexLoader(sp.GetRequiredService<ICorpusSource>(), sp.GetRequiredService<TextAnalyzer>(), sp.GetRequiredService<IndexSnapshotStore>(), sp.GetService<ISentenceEncoder>()));
        services.TryAddSingleton(LoadInitialIndex);
        services.TryAddSingleton<ICorpusIndexProvider>(sp => sp.GetRequiredService<CorpusIndexHolder>());

        services.AddOptions<AnswersOptions>().BindConfiguration(AnswersOptions.Section)
            .Validate(o => o.Threshold is null or (>= 0 and <= 1), "ChatBot:Answers:Threshold must be between 0 and 1")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswersOptions>, EvidenceModelsRegistration.Validation>());
        services.TryAddSingleton(sp => AnswerEngineOptions.Default with { Threshold = sp.GetRequiredService<IOptions<AnswersOptions>>().Value.Threshold });
        services.TryAddSingleton(sp => new AnswerEngine(
            sp.GetRequiredService<ICorpusIndexProvider>(),
            sp.GetRequiredService<IQuestionClassifier>(),
            sp.GetRequiredService<AnswerEngineOptions>(),
            EvidenceModelsRegistration.Load(sp),
            sp.GetService<ISentenceEncoder>()));
        services.TryAddSingleton<IAnswerCache>(NullAnswerCache.Instance);
        services.TryAddSingleton<IAnswerService, AnswerService>();
        services.TryAddSingleton<IAnswerArchive, InMemoryAnswerArchive>();
        services.TryAddSingleton<IBotTelemetry, LoggingBotTelemetry>();
        return services.AddCommands().AddStudyCommands().AddChatSurfaces();
    }

    private static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddTimelinePictures();
        services.TryAddSingleton(sp => new TimelinePictures(sp.GetService<ITimelinePicture>()));
        services.AddSingleton<TimelineCommandHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<TimelineCommandHandler>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<TimelineCommandHandler>());
        services.AddSingleton<ICommandHandler, SourcesCommandHandler>();
        services.TryAddSingleton(sp => new HelpSettings(sp.GetService<IConfiguration>()?.GetValue<bool>("ChatBot:Discord:Gateway:Enabled") ?? false));
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<IComponentHandler, QuotesComponentHandler>();
        services.AddSingleton<IComponentHandler, FeedbackComponentHandler>();
        services.AddSingleton<IComponentHandler, FeedbackReasonComponentHandler>();
        services.AddSingleton<IComponentHandler, AnswerTimelineComponentHandler>();
        services.TryAddSingleton<ISharedReplyStore, InMemorySharedReplyStore>();
        services.AddSingleton<ReplySharing>();
        services.AddSingleton<IComponentHandler, ShareComponentHandler>();
        services.TryAddSingleton<ICommandDispatcher>(sp => new CommandDispatcher(
            sp.GetServices<ICommandHandler>(),
            sp.GetServices<IComponentHandler>(),
            sp.GetRequiredService<IBotTelemetry>(),
            sp.GetService<IRequestGate>(),
            sp.GetService<ISlowReplyPolicy>(),
            sp.GetService<AdmissionControl>(),
            sp.GetRequiredService<ReplySharing>()));
        return services;
    }

    /// <summary>The index the process starts with: from a snapshot if the corpus is unchanged, else built now.</summary>
    private static CorpusIndexHolder LoadInitialIndex(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Corpus");
        var notice = services.GetService<IndexBuildNotice>() ?? new IndexBuildNotice(line => logger.LogInformation("{Notice}", line));
        var load = services.GetRequiredService<CorpusIndexLoader>().LoadAsync(options.Directory, progress: notice).GetAwaiter().GetResult();
        CorpusReport.Log(logger, load);
        return new CorpusIndexHolder(load.Index);
    }
}
