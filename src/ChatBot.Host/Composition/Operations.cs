using ChatBot.Core.Commands;
using ChatBot.Host.Hosting;
using OpenTelemetry.Metrics;

namespace ChatBot.Host.Composition;

/// <summary>What an operator needs: metrics at /metrics (Prometheus), rate limits, corpus hot reload, bounded shutdown.</summary>
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

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.UserBurst > 0 && o.UserPerMinute > 0, "ChatBot:RateLimits:UserBurst and UserPerMinute must be positive")
            .Validate(o => o.ChannelBurst > 0 && o.ChannelPerMinute > 0, "ChatBot:RateLimits:ChannelBurst and ChannelPerMinute must be positive")
            .ValidateOnStart();
        if (configuration.GetValue(RateLimitOptions.Section + ":Enabled", true))
        {
            services.AddSingleton<IRequestGate, RequestGate>();
        }

        services.AddSingleton<CorpusReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<CorpusReloader>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = configuration.GetValue("ChatBot:ShutdownTimeout", TimeSpan.FromSeconds(20)));
        return services;
    }

    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
