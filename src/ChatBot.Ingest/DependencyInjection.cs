using ChatBot.Core;
using ChatBot.Ingest.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingest;

public static class DependencyInjection
{
    /// <summary>
    /// Registers corpus ingestion (section <c>ChatBot:Ingest</c>): the guarded fetcher with its own HTTP handler
    /// (no proxy, address checked on connect), the per-host rate limit and the ingestor. Needs an
    /// <see cref="Core.Corpus.ICorpusSource"/> (the file corpus) for the duplicate check.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddValidatedOptions<IngestOptions, IngestOptionsValidator>().BindConfiguration(IngestOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IngestOptions>>().Value);
        services.AddSingleton(sp => new HostRateLimiter(sp.GetRequiredService<IngestOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IngestOptions>();
            // The whole-fetch deadline is the fetcher's (on the injected clock); the client's own timeout only backs it up.
            var http = new HttpClient(GuardedHandler.Create(options)) { Timeout = options.Timeout + TimeSpan.FromSeconds(5) };
            return new SafeFetcher(http, options, sp.GetRequiredService<HostRateLimiter>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<Feeds.FeedSync>();
        return services;
    }

    /// <summary>
    /// Adds the chat side of ingestion to a serving host: <c>/corpus add</c> and its review buttons (moderators), the
    /// re-index after an approval, and the scheduled feed poll that offers new items in the moderator channels.
    /// Needs Core (the dispatcher, the moderator policy, the audit) and an <see cref="Core.Corpus.ICorpusSource"/>.
    /// </summary>
    public static IServiceCollection AddCorpusChat(this IServiceCollection services)
    {
        services.AddIngest();
        services.TryAddSingleton<Chat.CorpusRefresh>();
        services.TryAddSingleton<Chat.ArticleReview>();
        services.TryAddSingleton<Chat.ModeratorMessageSync>();
        services.AddSingleton<Core.Commands.ICommandHandler, Chat.CorpusCommandHandler>();
        services.AddSingleton<Core.Commands.IComponentHandler, Chat.CorpusComponentHandler>();
        services.AddSingleton<Chat.FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<Chat.FeedPoller>());
        return services;
    }
}
