using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Storage.LiteDb;

public static class DependencyInjection
{
    /// <summary>Registers the shared LiteDB database and the stores built on it (section <c>ChatBot:Storage</c>).</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "ChatBot:Storage:DatabasePath must not be empty")
            .Validate(o => o.CacheTimeToLive > TimeSpan.Zero, "ChatBot:Storage:CacheTimeToLive must be positive")
            .ValidateOnStart();
        services.AddSingleton<ChatBotDatabase>();
        services.AddSingleton<IAnswerCache, LiteDbAnswerCache>();
        services.AddSingleton<IAnswerArchive, LiteDbAnswerArchive>();
        services.AddSingleton<IFeedbackStore, LiteDbFeedbackStore>();
        services.AddSingleton<ISeenEventStore, LiteDbSeenEventStore>();
        services.AddSingleton<IReplayStore, LiteDbReplayStore>();
        services.AddSingleton<IEmbeddingCache, LiteDbEmbeddingCache>();
        services.AddSingleton<IFactCardStore, LiteDbFactCardStore>();
        services.AddSingleton<IQuizStore, LiteDbQuizStore>();
        services.AddSingleton<IModerationLog, LiteDbModerationLog>();
        return services;
    }
}
