using ChatBot.Host.Composition;
using ChatBot.Embeddings;
using ChatBot.SemanticKernel;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Host.Cli;

/// <summary>
/// The service provider a CLI verb runs with: appsettings.json, environment variables (ChatBot__Section__Key),
/// and the verb's own options (--corpus, --db) on top. No web host, no logging noise: verbs print what matters.
/// </summary>
internal static class CliServices
{
    /// <param name="configure">Adds a verb's own services (an adapter, say) with the same configuration.</param>
    public static ServiceProvider Build(IDictionary<string, string?> overrides, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddMetrics();
        services.AddChatBotCore();
        services.AddLiteDbStorage();
        services.AddSemanticKernelLlm(configuration);
        services.AddSentenceEncoder(configuration);
        configure?.Invoke(services, configuration);
        return services.BuildServiceProvider();
    }
}
