using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>What the real host logs while it starts: for the tests of start-up warnings.</summary>
internal static class StartUpLogs
{
    public static CapturingLoggerProvider Of(ChatBotFactory factory)
    {
        var logs = new CapturingLoggerProvider();
        using var started = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        _ = started.Server;
        return logs;
    }
}
