using System.Diagnostics.Metrics;
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
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.UserBurst > 0 && o.UserPerMinute > 0, "ChatBot:RateLimits:UserBurst and UserPerMinute must be positive")
            .Validate(o => o.ChannelBurst > 0 && o.ChannelPerMinute > 0, "ChatBot:RateLimits:ChannelBurst and ChannelPerMinute must be positive")
            .Validate(o => o.GlobalBurst > 0 && o.GlobalPerMinute > 0, "ChatBot:RateLimits:GlobalBurst and GlobalPerMinute must be positive")
            .Validate(o => o.PressBurst > 0 && o.PressPerMinute > 0, "ChatBot:RateLimits:PressBurst and PressPerMinute must be positive")
            .ValidateOnStart();
        if (configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() is not { Enabled: false })
        {
            services.AddSingleton<IRequestGate, RequestGate>();
        }

        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section)
            .Validate(o => o.MaxConcurrent >= 0, "ChatBot:Admission:MaxConcurrent must not be negative (0 means 64 per processor)")
            .Validate(o => o.QueueLimit >= 0, "ChatBot:Admission:QueueLimit must not be negative")
            .Validate(o => o.QueueTimeout > TimeSpan.Zero, "ChatBot:Admission:QueueTimeout must be positive")
            .ValidateOnStart();
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
