using System.Diagnostics.Metrics;
using ChatBot.Core;
using ChatBot.Core.Commands;
using ChatBot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// The command dispatcher's one admission step: the adapters' channel allow-lists, rate limits (<c>ChatBot:RateLimits</c>:
/// per user, per channel, global) and admission control (<c>ChatBot:Admission</c>: bounded concurrent work, a queue with
/// a deadline), and a thread pool sized for them.
/// </summary>
internal static class OverloadProtection
{
    public static IServiceCollection AddOverloadProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>().BindConfiguration(RateLimitOptions.Section);
        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section); // Core validates it
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() is not { Enabled: false };
        var turns = configuration.GetSection(AdmissionOptions.Section).Get<AdmissionOptions>() is not { Enabled: false };
        if (!limits && !turns)
        {
            return services; // Core's gate then holds only the adapters' channel allow-lists
        }

        services.AddSingleton(sp =>
        {
            var gate = new RequestGate(
                limits ? sp.GetRequiredService<IOptions<RateLimitOptions>>() : null,
                sp.GetRequiredService<TimeProvider>(),
                turns ? sp.GetRequiredService<IOptions<AdmissionOptions>>().Value : null,
                sp.GetServices<ChannelAllowList>());
            sp.GetRequiredService<IMeterFactory>().Create(BotMetrics.MeterName)
                .CreateObservableGauge("chatbot.admission.waiting", () => gate.Waiting, description: "Commands waiting for a turn");
            return gate;
        });
        services.AddSingleton<IRequestGate>(sp => sp.GetRequiredService<RequestGate>());
        return services;
    }

    public static WebApplication UseOverloadProtection(this WebApplication app)
    {
        if (app.Services.GetService<RequestGate>() is { Capacity: > 0 } gate)
        {
            ThreadPoolReserve.For(gate.Capacity);
        }

        return app;
    }
}
