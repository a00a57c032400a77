using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChatBot.Benchmarks.Slack;

namespace ChatBot.Benchmarks.Endpoints;

/// <summary>
/// One request per iteration, so the percentile columns are per-request percentiles. In process: the host starts once in
/// GlobalSetup. Outliers are kept, since a p99 without its slowest requests would flatter.
/// </summary>
internal sealed class PerRequestPercentiles : ManualConfig
{
    public PerRequestPercentiles()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(200)
            .WithIterationCount(2000)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)));
        AddColumn(new PercentileColumn(50), new PercentileColumn(95), new PercentileColumn(99));
    }
}
