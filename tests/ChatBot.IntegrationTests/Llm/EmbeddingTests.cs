using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.SemanticKernel;
using ChatBot.Storage.LiteDb;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>Hybrid retrieval over the /v1/embeddings wire format, with vectors cached in LiteDB.</summary>
public sealed class EmbeddingTests
{
    private const string Seoul = "Seoul has been handling the issue";

    /// <summary>A safety net for background work that normally finishes in well under a second; it never decides a result.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly LoggedCondition logged = new();

    [Fact]
    public async Task Host_EmbedsPassagesInTheBackground_CachesThemInLiteDb_AndFusesVectorHitsIntoThePrompt()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Embed = text => text.Contains(Seoul, StringComparison.Ordinal) || text.EndsWith('?') ? [1f, 0f] : [0f, 1f];
        await using var llm = LlmCompositionTests.LlmFactory(server, ("ChatBot:Llm:Embeddings:Enabled", "true"), ("ChatBot:Llm:Embeddings:ModelId", "embed-model"));
        await using var factory = llm.WithWebHostBuilder(WatchLogs);
        var index = factory.Services.GetRequiredService<ICorpusIndexProvider>().Current;
        var embeddings = factory.Services.GetRequiredService<PassageEmbeddings>();

        await WhenAsync(() => embeddings.CountReady(index) == index.Passages.Count);
        await factory.Services.GetRequiredService<Core.Answers.IAnswerService>().AskAsync(LlmHarness.Question);

        Assert.All(server.EmbeddingRequests, r => Assert.Equal("embed-model", r.Model));
        Assert.Contains(server.EmbeddingRequests, r => r.Inputs.SequenceEqual([LlmHarness.Question]));
        Assert.NotEqual(0, Assert.Single(server.ChatRequests).Request.NumberOf(Seoul));
        var stored = factory.Services.GetRequiredService<ChatBotDatabase>().Database!.GetCollection<EmbeddingDocument>("embeddings");
        Assert.Equal(index.Passages.Count, stored.Count());
        Assert.Equal(index.Passages.Count, server.EmbeddingRequests.Sum(r => r.Inputs.Count) - 1);
    }

    [Fact]
    public async Task Refresh_EmbedsOnlyPassagesWhoseTextIsNotCached()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        await using var llm = LlmCompositionTests.LlmFactory(server, ("ChatBot:Llm:Embeddings:Enabled", "true"), ("ChatBot:Llm:Embeddings:ModelId", "embed-model"));
        await using var factory = llm.WithWebHostBuilder(WatchLogs);
        var index = factory.Services.GetRequiredService<ICorpusIndexProvider>().Current;
        var embeddings = factory.Services.GetRequiredService<PassageEmbeddings>();
        await WhenAsync(() => embeddings.CountReady(index) == index.Passages.Count);

        var computed = await new PassageEmbeddings(factory.Services.GetRequiredService<ITextEmbedder>(), factory.Services.GetRequiredService<IEmbeddingCache>()).RefreshAsync(index);

        Assert.IsType<LiteDbEmbeddingCache>(factory.Services.GetRequiredService<IEmbeddingCache>());
        Assert.Equal(0, computed);
    }

    [Fact]
    public async Task Worker_EmbedsOnlyNewPassages_AfterAReindexSwapsInANewCorpus()
    {
        var holder = new CorpusIndexHolder(TestCorpus.Index);
        var embedder = new CountingEmbedder();
        var embeddings = new PassageEmbeddings(embedder, new InMemoryEmbeddingCache());
        using var logs = LoggerFactory.Create(builder => builder.AddProvider(logged).SetMinimumLevel(LogLevel.Trace));
        using var worker = new PassageEmbeddingWorker(embeddings, holder, logs.CreateLogger<PassageEmbeddingWorker>(), holder);
        await worker.StartAsync(CancellationToken.None);
        await WhenAsync(() => embeddings.CountReady(TestCorpus.Index) == TestCorpus.Index.Passages.Count);
        var grown = GrownCorpus();

        holder.Swap(grown);
        await WhenAsync(() => embeddings.CountReady(grown) == grown.Passages.Count);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(grown.Passages.Count, embedder.Texts.Count);
        Assert.Contains(embedder.Texts, t => t.Contains("added after the first index", StringComparison.Ordinal));
    }

    private static CorpusIndex GrownCorpus()
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-grown-");
        try
        {
            foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*.md", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(directory.FullName, "added.md"), "---\ntitle: \"Added\"\npublished: 2024-01-01\n---\n\nThis paragraph was added after the first index was built.\n");
            return TestCorpus.Build(directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed class CountingEmbedder : ITextEmbedder
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Texts { get; } = new();

        public string ModelId => "counting";

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            foreach (var text in texts)
            {
                Texts.Enqueue(text);
            }

            return Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(t => new[] { t.Length, 1f })]);
        }
    }

    /// <summary>The background worker logs after each refresh: the condition is checked then, not on a timer.</summary>
    private Task WhenAsync(Func<bool> condition) => logged.UntilAsync(condition).WaitAsync(Patience);

    private void WatchLogs(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging => logging.AddProvider(logged).AddFilter<LoggedCondition>(null, LogLevel.Trace));
}
