using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChatBot.Corpus;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// How long loading one hostile file takes under the default limits (2 MB, nesting 64, 5 s of parsing): the time
/// until it is rejected, or loaded for the benign ones. The result line of each run says which.
/// </summary>
[Config(typeof(FewRuns))]
public class HostileCorpusBenchmarks
{
    private string folder = "";

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => HostileFiles.All.Keys;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("chatbot-hostile-bench-").FullName;
        var (name, content) = HostileFiles.All[Case];
        File.WriteAllText(Path.Combine(folder, name), content());
        Console.WriteLine($"// {Case}: {Outcome()}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int Load() => new FileCorpusSource().LoadAsync(folder).GetAwaiter().GetResult().Rejected.Count;

    private string Outcome()
    {
        var result = new FileCorpusSource().LoadAsync(folder).GetAwaiter().GetResult();
        return result.Rejected.Count > 0 ? $"rejected: {result.Rejected[0].Reason}" : $"loaded ({result.Articles[0].Text.Length:N0} characters)";
    }

    /// <summary>Some cases take the full five-second budget: a few single runs, in process.</summary>
    private sealed class FewRuns : ManualConfig
    {
        public FewRuns() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
