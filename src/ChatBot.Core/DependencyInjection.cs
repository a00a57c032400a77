using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the application: the index and its start-up load, the answer engine and service, the command handlers
    /// and dispatcher, fact cards, quizzes, reading lists and the message surfaces, each with an in-memory or built-in
    /// default. Options are validated here (<see cref="ValidatedOptions"/>); binding them to configuration is the host's.
    /// The host supplies two mechanisms Core cannot: an <see cref="Corpus.ICorpusSource"/> and an
    /// <see cref="ITermStemmer"/>. Storage, the LLM and the sentence encoder replace defaults with
    /// <see cref="PlugIns.AddPlugIn{TService, TImplementation}(IServiceCollection)"/>, before or after this call alike.
    /// The index is not loaded while services are resolved: <see cref="CorpusIndexStartup.LoadAsync"/> loads it, awaited
    /// by the host's start-up step or the command line.
    /// </summary>
    public static IServiceCollection AddChatBotCore(this IServiceCollection services)
    {
        services.AddValidatedOptions<CorpusOptions, CorpusOptionsValidator>();
        services.AddValidatedOptions<AnswersOptions, AnswersOptionsValidator>();
        services.AddValidatedOptions<AdmissionOptions, AdmissionOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => TextAnalyzer.Create(sp.GetRequiredService<ITermStemmer>()));
        services.TryAddSingleton<IQuestionClassifier>(RuleBasedQuestionClassifier.Instance);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CorpusOptions>>().Value.SnapshotDirectory is { Length: > 0 } directory
            ? new IndexSnapshotStore(directory)
            : new IndexSnapshotStore(Path.Combine(Path.GetTempPath(), "chatbot-index")));
        services.TryAddSingleton(sp => new CorpusIndexLoader(sp.GetRequiredService<Corpus.ICorpusSource>(), sp.GetRequiredService<TextAnalyzer>(), sp.GetRequiredService<IndexSnapshotStore>(), sp.GetService<ISentenceEncoder>()));
        services.TryAddSingleton(_ => new CorpusIndexHolder());
        services.TryAddSingleton<ICorpusIndexProvider>(sp => sp.GetRequiredService<CorpusIndexHolder>());
        services.TryAddSingleton<CorpusIndexStartup>();

        services.TryAddSingleton(_ => EvidenceModelFile.Embedded);
        services.TryAddSingleton(sp => AnswerEngineOptions.Default with { Threshold = sp.GetRequiredService<IOptions<AnswersOptions>>().Value.Threshold });
        services.TryAddSingleton(sp => new AnswerEngine(
            sp.GetRequiredService<IQuestionClassifier>(),
            sp.GetRequiredService<AnswerEngineOptions>(),
            sp.GetRequiredService<EvidenceModelSet>(),
            sp.GetService<ISentenceEncoder>()));
        services.TryAddSingleton<IAnswerCache>(NullAnswerCache.Instance);
        services.TryAddSingleton<IEmbeddingCache, InMemoryEmbeddingCache>();
        services.TryAddSingleton<IAnswerService, AnswerService>();
        services.TryAddSingleton<Storage.IAnswerArchive, Storage.InMemoryAnswerArchive>();
        services.TryAddSingleton<PendingArticles.IPendingArticleStore, PendingArticles.InMemoryPendingArticleStore>();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton<IBotTelemetry>(NullBotTelemetry.Instance);
        services.TryAddSingleton<Delivery.ReplyRunner>();
        Coordination.CoordinationDefaults.AddCoordinationDefaults(services);
        return services.AddCommands().AddStudyCommands().AddChatSurfaces();
    }
}
