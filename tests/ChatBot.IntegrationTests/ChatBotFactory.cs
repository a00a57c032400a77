using ChatBot.Evaluation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.IntegrationTests;

/// <summary>
/// The real host (<c>Program</c>) over the bundled corpus, with its database and index snapshots in a temporary
/// folder of its own. Tests add configuration (platform keys, loopback URLs) through <see cref="Settings"/>.
/// Embeddings are off unless a test turns them on: the hosts here test the adapters and the host, and loading the
/// sentence encoder in each would cost seconds; <c>EmbeddingsCompositionTests</c> runs the host with them.
/// </summary>
public class ChatBotFactory : WebApplicationFactory<Program>
{
    private readonly ContainerDisposal disposal = new();

    public ChatBotFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("chatbot-it-").FullName;
    }

    protected ChatBotFactory(TimeProvider clock)
        : this()
    {
        Clock = clock;
    }

    public string DataDirectory { get; }

    /// <summary>
    /// The host's clock when set (a test signs its requests by it and moves it to run out a budget); the system clock otherwise.
    /// A factory derived with <c>WithWebHostBuilder</c> runs on the same clock.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The clock the host runs on, which a signed request's timestamp must come from.</summary>
    public TimeProvider HostClock => Services.GetRequiredService<TimeProvider>();

    /// <summary>Extra configuration, applied after the defaults below.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ChatBot:Corpus:Directory", EvaluationSet.CorpusDirectory);
        builder.UseSetting("ChatBot:Corpus:SnapshotDirectory", Path.Combine(DataDirectory, "index"));
        builder.UseSetting("ChatBot:Corpus:WatchForChanges", "false");
        builder.UseSetting("ChatBot:Storage:DatabasePath", Path.Combine(DataDirectory, "chatbot.db"));
        builder.UseSetting("ChatBot:Answers:Embeddings", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseServiceProviderFactory(disposal);
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // The program's own thread may still be disposing the host (see ContainerDisposal); the next host on the
            // same files, and the folder's deletion, must not start before it has let go of them.
            if (!disposal.WaitForAll(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("The test host's services were still being disposed 30 s after the host was.");
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
