using ChatBot.Core.Delivery;
using ChatBot.Discord;
using ChatBot.IntegrationTests.Discord.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Discord.Rest;

/// <summary>The adapter's services without a web host, pointed at the loopback Discord API.</summary>
internal static class RestTestServices
{
    public static ServiceProvider Build(Uri apiBaseUrl, TimeProvider time, CapturingLoggerProvider? logs = null, string? botToken = DiscordTestHost.BotToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId,
            ["ChatBot:Discord:PublicKey"] = new string('a', 64),
            ["ChatBot:Discord:BotToken"] = botToken,
            ["ChatBot:Discord:ApiBaseUrl"] = apiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(builder => builder.AddProvider(logs ?? new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(time);
        services.AddSingleton<ChatBot.Core.Commands.ICommandDispatcher>(new FakeCommandDispatcher());
        services.AddSingleton<ReplyRunner>(); // Core's (AddChatBotCore), which these tests do not compose
        services.AddDiscordAdapter(configuration);
        return services.BuildServiceProvider();
    }
}
