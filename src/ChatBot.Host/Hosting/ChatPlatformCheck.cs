using ChatBot.Discord;
using ChatBot.Slack;

namespace ChatBot.Host.Hosting;

/// <summary>Says at start-up, in one line, when neither chat platform is configured: the host would otherwise run, ready and unreachable.</summary>
internal sealed partial class ChatPlatformCheck(IServiceProvider services, ILogger<ChatPlatformCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!services.HasDiscordAdapter() && !services.HasSlackAdapter())
        {
            LogNoPlatform();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "Neither Discord nor Slack is configured, so no chat platform can reach this bot: add a ChatBot:Discord or ChatBot:Slack section (see appsettings.example.json)")]
    private partial void LogNoPlatform();
}
