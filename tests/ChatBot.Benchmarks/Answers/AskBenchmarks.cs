using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Retrieval;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.MachineLearning;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Benchmarks.Answers;

/// <summary>
/// The answer pipeline as `ask` runs it (sanitise, classify with the trained model, plan, rank, choose and cite
/// sentences), uncached on the bundled and the 10,000-article corpus, and cached (a hit in the product's LiteDB
/// answer cache, served from its in-memory front).
/// </summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private AnswerService bundled = null!;
    private AnswerService synthetic = null!;
    private AnswerService cached = null!;
    private string[] questions = [];
    private string[] syntheticQuestions = [];
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("chatbot-bench-ask-").FullName;
    private ChatBotDatabase database = null!;
    private int next;

    [GlobalSetup]
    public async Task Setup()
    {
        var classifier = new CombinedQuestionClassifier(new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath), RuleBasedQuestionClassifier.Instance);
        bundled = Service(TestCorpus.Index, classifier, NullAnswerCache.Instance);
        synthetic = Service(SyntheticCorpusFixture.Index, classifier, NullAnswerCache.Instance);
        database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = Path.Combine(dataDirectory, "chatbot.db") }), NullLogger<ChatBotDatabase>.Instance);
        cached = Service(TestCorpus.Index, classifier, new LiteDbAnswerCache(database, Options.Create(new StorageOptions()), TimeProvider.System, NullLogger<LiteDbAnswerCache>.Instance));
        questions = [.. EvaluationSet.Load("dev").Select(q => q.Question)];
        syntheticQuestions = [.. SyntheticCorpus.Queries(500)];
        foreach (var question in questions)
        {
            await cached.AskAsync(question);
        }
    }

    [Benchmark]
    public Task<AnswerResult> UncachedBundled() => bundled.AskAsync(questions[next++ % questions.Length], new AskOptions(UseCache: false));

    [Benchmark]
    public Task<AnswerResult> Uncached10000Articles() => synthetic.AskAsync(syntheticQuestions[next++ % syntheticQuestions.Length], new AskOptions(UseCache: false));

    [Benchmark]
    public Task<AnswerResult> Cached() => cached.AskAsync(questions[next++ % questions.Length]);

    private static AnswerService Service(CorpusIndex index, IQuestionClassifier classifier, IAnswerCache cache)
    {
        var holder = new CorpusIndexHolder(index);
        return new AnswerService(new AnswerEngine(classifier), holder, cache, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
