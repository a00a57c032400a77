using System.Diagnostics;
using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>Runs the real `chatbot` executable (copied next to the tests) in a temporary working folder.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner() => WorkingDirectory = Directory.CreateTempSubdirectory("chatbot-cli-").FullName;

    public string WorkingDirectory { get; }

    /// <summary>Environment variables the verbs run with (configuration such as <c>ChatBot__Storage__Provider</c>).</summary>
    public Dictionary<string, string?> Environment { get; } = [];

    public static string Corpus => EvaluationSet.CorpusDirectory;

    /// <summary>Standard error without the line a first run prints while it builds the index (see IndexBuildNoticeTests).</summary>
    public static string WithoutIndexNotice(string error) =>
        string.Join('\n', error.Split('\n').Where(line => !line.StartsWith("Building the index for ", StringComparison.Ordinal)));

    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs with <paramref name="input"/> on standard input (closed after it), or none.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chatbot.dll"));
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
