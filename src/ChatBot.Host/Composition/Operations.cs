using ChatBot.Host.Hosting;
using OpenTelemetry.Metrics;

namespace ChatBot.Host.Composition;

/// <summary>
/// What an operator needs: metrics at /metrics (Prometheus), overload protection (rate limits, admission control), corpus
/// hot reload, bounded shutdown, and quiet handling of requests whose body never arrives.
/// </summary>
internal static class Operations
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(LoggingBotTelemetry.MeterName, "ChatBot.*", "Polly")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());

        services.AddOverloadProtection(configuration);
        services.AddSingleton<CorpusReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<CorpusReloader>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = configuration.GetValue("ChatBot:ShutdownTimeout", TimeSpan.FromSeconds(20)));
        return services;
    }

    public static WebApplication UseOperations(this WebApplication app)
    {
        app.UseOverloadProtection();
        app.UseMiddleware<IncompleteRequestGuard>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
