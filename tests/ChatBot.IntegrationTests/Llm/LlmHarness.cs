using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.Host.Composition;
using ChatBot.SemanticKernel;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>
/// The host's core and storage registrations plus the LLM layer, pointed at a <see cref="FakeOpenAIServer"/>, over
/// the bundled corpus, with a database of its own (ask with <c>UseCache: false</c> to ask the model twice). Time is a
/// fake clock the test moves: time limits and Retry-After waits pass without waiting.
/// </summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    public const string Question = "How many Japanese nationals did North Korea admit to abducting?";
    public const string Faithful = "North Korea admitted to abducting 13 Japanese nationals, eight of whom were dead";

    private readonly DirectoryInfo snapshots;

    private LlmHarness(FakeOpenAIServer server, ServiceProvider services, DirectoryInfo snapshots, ObservedTimeProvider time)
    {
        Server = server;
        Services = services;
        this.snapshots = snapshots;
        Time = time;
    }

    public ObservedTimeProvider Time { get; }

    public FakeOpenAIServer Server { get; }

    public ServiceProvider Services { get; }

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public static async Task<LlmHarness> StartAsync(params (string Key, string Value)[] settings)
    {
        var server = await FakeOpenAIServer.StartAsync();
        var time = new ObservedTimeProvider();
        server.Clock = time;
        var snapshots = Directory.CreateTempSubdirectory("chatbot-llm-");
        var values = new Dictionary<string, string?>
        {
            ["ChatBot:Corpus:Directory"] = EvaluationSet.CorpusDirectory,
            ["ChatBot:Corpus:SnapshotDirectory"] = snapshots.FullName,
            ["ChatBot:Storage:DatabasePath"] = Path.Combine(snapshots.FullName, "chatbot.db"),
            ["ChatBot:Llm:ModelId"] = "test-model",
            ["ChatBot:Llm:Endpoint"] = server.BaseUrl.ToString(),
            ["ChatBot:Llm:ApiKey"] = "test-key",
            ["ChatBot:Llm:TimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<TimeProvider>(time).AddLogging().AddChatBotCore().AddCoreMechanisms().AddLiteDbStorage().AddSemanticKernelLlm(configuration);
        var provider = services.BuildServiceProvider(validateScopes: true);
        await provider.GetRequiredService<CorpusIndexStartup>().LoadAsync();
        return new LlmHarness(server, provider, snapshots, time);
    }

    public AnswerResult Extractive(string question = Question) =>
        Services.GetRequiredService<AnswerEngine>().Answer(question, Services.GetRequiredService<ICorpusIndexProvider>().Current);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        snapshots.Delete(recursive: true);
    }
}
