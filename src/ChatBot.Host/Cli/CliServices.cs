using ChatBot.Core;
using ChatBot.Core.Indexing;
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
        services.AddCoreMechanisms();
        services.AddStorage(configuration);
        services.AddSemanticKernelLlm(configuration);
        services.AddSentenceEncoder(configuration);
        configure?.Invoke(services, configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Loads the index before a verb reads it: from the snapshot, or built now with one line on standard error saying
    /// so (standard output stays the verb's own). Verbs that never read the index (db, discord) never pay for it.
    /// </summary>
    public static async Task LoadIndexAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<CorpusIndexStartup>().LoadAsync(new IndexBuildNotice(line => Console.Error.WriteLine(line)), cancellationToken);

    /// <summary>
    /// The database a verb is about to use, opened and checked now. A path that holds something other than a LiteDB
    /// database is refused (exit code 1) and never opened; with <paramref name="required"/>, so is a database that
    /// cannot be used for any other reason (damaged, locked).
    /// </summary>
    public static ChatBotDatabase Database(IServiceProvider services, bool required)
    {
        var database = services.GetRequiredService<ChatBotDatabase>();
        var status = database.EnsureOpened();
        if (status.State == DatabaseState.NotADatabase || (required && !status.IsOpen))
        {
            throw new CommandFailedException(status.Problem ?? status.ToString());
        }

        return database;
    }
}
