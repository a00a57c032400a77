using BenchmarkDotNet.Running;

namespace ChatBot.Benchmarks;

/// <summary>
/// The benchmark entry point. Not top-level statements: the project references the host, whose public
/// <c>Program</c> would clash with a generated one (CS0436, an error with warnings as errors).
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
