extern alias host;

using ChatBot.Core.Commands;
using ChatBot.Evaluation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks.Endpoints;

/// <summary>
/// The real host in process for endpoint benchmarks: bundled corpus, a temporary database, no file watcher, no rate
/// limits, warnings only; optionally the command layer replaced by a constant reply (the adapter's own share).
/// </summary>
internal static class EndpointBenchmarkHost
{
    public static WebApplicationFactory<host::Program> Create(string dataDirectory, ICommandDispatcher? dispatcher, IReadOnlyDictionary<string, string> settings) =>
        new WebApplicationFactory<host::Program>().WithWebHostBuilder(builder =>
        {
            if (dispatcher is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(dispatcher));
            }

            builder.UseEnvironment("Benchmark");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("ChatBot:Corpus:Directory", EvaluationSet.CorpusDirectory);
            builder.UseSetting("ChatBot:Corpus:SnapshotDirectory", Path.Combine(dataDirectory, "index"));
            builder.UseSetting("ChatBot:Corpus:WatchForChanges", "false");
            builder.UseSetting("ChatBot:RateLimits:Enabled", "false");
            builder.UseSetting("ChatBot:Storage:DatabasePath", Path.Combine(dataDirectory, "chatbot.db"));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
