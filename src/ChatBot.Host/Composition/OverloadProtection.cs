using System.Diagnostics.Metrics;
using ChatBot.Core;
using ChatBot.Core.Commands;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// Rate limits (<c>ChatBot:RateLimits</c>: per user, per channel, global) and admission control (<c>ChatBot:Admission</c>:
/// bounded concurrent work, a queue with a deadline) for the command dispatcher, and a thread pool sized for them.
/// </summary>
internal static class OverloadProtection
{
    public static IServiceCollection AddOverloadProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>().BindConfiguration(RateLimitOptions.Section);
        if (configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() is not { Enabled: false })
        {
            services.AddSingleton<IRequestGate, RequestGate>();
        }

        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section); // Core validates it
        if (configuration.GetSection(AdmissionOptions.Section).Get<AdmissionOptions>() is not { Enabled: false })
        {
            services.AddSingleton(sp =>
            {
                var admission = new AdmissionControl(sp.GetRequiredService<IOptions<AdmissionOptions>>().Value, sp.GetRequiredService<TimeProvider>());
                sp.GetRequiredService<IMeterFactory>().Create(BotMetrics.MeterName)
                    .CreateObservableGauge("chatbot.admission.waiting", () => admission.Waiting, description: "Commands waiting for a turn");
                return admission;
            });
        }

        return services;
    }

    public static WebApplication UseOverloadProtection(this WebApplication app)
    {
        if (app.Services.GetService<AdmissionControl>() is { } admission)
        {
            ThreadPoolReserve.For(admission);
        }

        return app;
    }
}
