using ChatBot.Core;
using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ChatBot.Host.Composition;

/// <summary>
/// What an operator needs: metrics at /metrics (Prometheus, service name "chatbot", optionally on a port of its own or
/// behind a bearer token), overload protection (rate limits, admission control), corpus hot reload, bounded shutdown,
/// quiet handling of requests whose body never arrives, and a warning when no chat platform is configured or a
/// retired key is still set.
/// </summary>
internal static class Operations
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("chatbot")).WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName, "ChatBot.*", "Polly")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());

        services.AddValidatedOptions<MetricsOptions, MetricsOptionsValidator>().BindConfiguration(MetricsOptions.Section);
        services.AddSingleton<MetricsAccess>();
        services.AddHostedService<ChatPlatformCheck>();
        services.AddHostedService<RetiredKeysCheck>();
        services.AddOverloadProtection(configuration);
        services.AddSingleton<CorpusReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<CorpusReloader>());
        services.AddSingleton<CorpusReloadSync>();
        services.AddHostedService(sp => sp.GetRequiredService<CorpusReloadSync>());
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section);
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.ShutdownTimeout);
        return services;
    }

    public static WebApplication UseOperations(this WebApplication app)
    {
        app.UseOverloadProtection();
        app.UseMiddleware<IncompleteRequestGuard>();
        if (app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            var access = app.Services.GetRequiredService<MetricsAccess>();
            app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use(access.InvokeAsync), optionsName: null);
        }

        return app;
    }
}
