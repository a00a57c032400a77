using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args is ["side-by-side", .. var rest])
{
    ChatBot.Benchmarks.SideBySide.SideBySideRunner.Run(rest);
    return;
}

if (args is ["build-profile", .. var buildArgs])
{
    ChatBot.Benchmarks.SideBySide.BuildProfile.Run(buildArgs);
    return;
}

if (args is ["heap-profile", .. var heapArgs])
{
    ChatBot.Benchmarks.SideBySide.HeapProfile.Run(heapArgs);
    return;
}

if (args is ["rank-profile", .. var rankArgs])
{
    ChatBot.Benchmarks.SideBySide.RankProfile.Run(rankArgs);
    return;
}

if (args is ["classifier-profile", .. var classifierArgs])
{
    ChatBot.Benchmarks.Classifier.ClassifierProfile.Run(classifierArgs);
    return;
}

if (args is ["runs-check", .. var runsArgs])
{
    ChatBot.Benchmarks.SideBySide.RunsCheck.Run(runsArgs);
    return;
}

if (args is ["ask-profile", .. var askArgs])
{
    ChatBot.Benchmarks.SideBySide.AskProfile.Run(askArgs);
    return;
}

if (args is ["timeline-profile", .. var timelineArgs])
{
    ChatBot.Benchmarks.SideBySide.TimelineProfile.Run(timelineArgs);
    return;
}

if (args is ["load-profile", .. var profileArgs])
{
    ChatBot.Benchmarks.SideBySide.SnapshotLoadProfile.Run(profileArgs);
    return;
}

// In process: no second build of the whole solution per benchmark (which times out on a busy 2-core machine).
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

/// <summary>The benchmark entry point.</summary>
public partial class Program;
