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
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .Validate(o => o.MaxHtmlBytes > 0 && o.MaxPdfBytes > 0, "ChatBot:Ingest:MaxHtmlBytes and MaxPdfBytes must be positive")
            .Validate(o => o.Timeout > TimeSpan.Zero, "ChatBot:Ingest:Timeout must be positive")
            .Validate(o => o.MinIntervalPerHost >= TimeSpan.Zero, "ChatBot:Ingest:MinIntervalPerHost must not be negative")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserAgent), "ChatBot:Ingest:UserAgent must not be empty")
            .ValidateOnStart();
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
}
