using ChatBot.Core;
using ChatBot.Core.Admin;
using ChatBot.Core.Conversations;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Postgres;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the shared PostgreSQL database (<c>ConnectionStrings:Postgres</c>, validated on start) and the stores
    /// built on it. They replace whatever is registered for their Core interfaces (<see cref="PlugIns"/>) — Core's
    /// in-memory defaults or the LiteDB stores — so the host calls this after <c>AddLiteDbStorage</c> when
    /// <c>ChatBot:Storage:Provider</c> is Postgres. The answer and embedding caches stay with whatever was registered
    /// before (each replica's own; the shared answer cache level is Redis's). `serve` starts only on a current schema (<see cref="PostgresSchemaCheck"/>).
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<PostgresOptions, PostgresOptionsValidator>()
            .BindConfiguration(PostgresOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(PostgresOptions.ConnectionStringName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new PostgresDatabase(ValidConnectionString(sp), sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<PostgresMigrator>();
        services.AddHostedService<PostgresSchemaCheck>();
        services.AddPlugIn<IFactCardStore, PostgresFactCardStore>();
        services.AddPlugIn<IModerationLog, PostgresModerationLog>();
        services.AddPlugIn<IFeedbackStore, PostgresFeedbackStore>();
        services.AddPlugIn<IQuizStore, PostgresQuizStore>();
        services.AddPlugIn<IPendingArticleStore, PostgresPendingArticleStore>();
        services.AddPlugIn<ISeenEventStore, PostgresSeenEventStore>();
        services.AddPlugIn<IReplayStore, PostgresReplayStore>();
        services.AddPlugIn<IConsumedNonceStore, PostgresConsumedNonceStore>();
        services.AddPlugIn<IQuestionHistory, PostgresQuestionHistory>();
        services.AddPlugIn<IActivityLog, PostgresActivityLog>();
        services.AddStore<IAnswerArchive, PostgresAnswerArchive>();
        services.AddStore<ISharedReplyStore, PostgresSharedReplyStore>();
        services.AddStore<IConversationStore, PostgresConversationStore>();
        services.AddPlugIn<IAnswerRecords, PostgresAnswerRecords>();
        services.AddHostedService<PostgresRecordRetention>();
        return services;
    }

    /// <summary>The store as its Core interface and as itself: <see cref="PostgresAnswerRecords"/> writes through the very instances the buttons read.</summary>
    private static void AddStore<TService, TStore>(this IServiceCollection services)
        where TService : class
        where TStore : class, TService
    {
        services.TryAddSingleton<TStore>();
        services.AddPlugIn<TService>(Resolve<TStore>);
    }

    private static TStore Resolve<TStore>(IServiceProvider services)
        where TStore : notnull => services.GetRequiredService<TStore>();

    // Validation runs on reading the options, so a CLI verb (no host, no start-up validation) gets the same one line.
    private static string ValidConnectionString(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PostgresOptions>>().Value;
        return options.Provider == StorageProvider.Postgres
            ? options.ConnectionString!
            : throw new OptionsValidationException(PostgresOptions.Section, typeof(PostgresOptions), [$"{StorageProviders.Key} is not Postgres: set it to Postgres (and ConnectionStrings:Postgres) to use PostgreSQL"]);
    }
}
