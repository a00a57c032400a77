using ChatBot.Core;
using ChatBot.Core.Admin;
using ChatBot.Core.Conversations;
using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Storage.LiteDb;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the shared LiteDB database, the stores built on it (section <c>ChatBot:Storage</c>) and scheduled
    /// backups (<c>ChatBot:Storage:Backup</c>; they run where hosted services run, i.e. in `chatbot serve`). The stores
    /// replace Core's in-memory ones (<see cref="PlugIns"/>), whether this is called before or after <c>AddChatBotCore</c>.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>().BindConfiguration(StorageOptions.Section);
        services.AddValidatedOptions<BackupOptions, BackupOptionsValidator>().BindConfiguration(BackupOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChatBotDatabase>();
        services.AddStore<IAnswerCache, LiteDbAnswerCache>();
        services.AddStore<IAnswerArchive, LiteDbAnswerArchive>();
        services.AddStore<ISharedReplyStore, LiteDbSharedReplyStore>();
        services.AddStore<IConversationStore, LiteDbConversationStore>();
        services.AddPlugIn<IAnswerRecords, LiteDbAnswerRecords>();
        services.AddPlugIn<IFeedbackStore, LiteDbFeedbackStore>();
        services.AddPlugIn<ISeenEventStore, LiteDbSeenEventStore>();
        services.AddPlugIn<IReplayStore, LiteDbReplayStore>();
        services.AddPlugIn<IEmbeddingCache, LiteDbEmbeddingCache>();
        services.AddPlugIn<IFactCardStore, LiteDbFactCardStore>();
        services.AddPlugIn<IQuizStore, LiteDbQuizStore>();
        services.AddPlugIn<IModerationLog, LiteDbModerationLog>();
        services.AddPlugIn<IQuestionHistory, LiteDbQuestionHistory>();
        services.AddPlugIn<IPendingArticleStore, LiteDbPendingArticleStore>();
        services.AddPlugIn<IActivityLog, LiteDbActivityLog>();
        services.AddPlugIn<IConsumedNonceStore, LiteDbConsumedNonceStore>();
        services.AddHostedService<RecordRetention>();
        services.AddSingleton<ScheduledBackups>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledBackups>());
        return services;
    }

    /// <summary>The store as its Core interface and as itself: <see cref="LiteDbAnswerRecords"/> writes through the very instances the buttons read.</summary>
    private static void AddStore<TService, TStore>(this IServiceCollection services)
        where TService : class
        where TStore : class, TService
    {
        services.AddSingleton<TStore>();
        services.AddPlugIn<TService>(Resolve<TStore>);
    }

    // A method, not a lambda: the registration then says which store provides the service.
    private static TStore Resolve<TStore>(IServiceProvider services)
        where TStore : notnull => services.GetRequiredService<TStore>();
}
