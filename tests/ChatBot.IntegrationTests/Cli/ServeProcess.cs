using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>
/// `chatbot serve` as a real process over the bundled corpus, with its data in a folder of its own, on a port the
/// system picks. Started once it has logged that it listens and that its admin endpoint is up; stopped with SIGTERM,
/// as a service manager stops it, so its shutdown runs.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource<string> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> watchers = [];

    private ServeProcess(Process process) => this.process = process;

    public int Pid => process.Id;

    /// <summary>The public address ("http://127.0.0.1:41234").</summary>
    public string Url { get; private set; } = "";

    public string Log
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <param name="settings">More configuration, as <c>--Key=Value</c> arguments (they override the defaults above them).</param>
    public static async Task<ServeProcess> StartAsync(string folder, string database, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "chatbot.dll"), "serve", "--urls", "http://127.0.0.1:0",
            $"--ChatBot:Corpus:Directory={CliRunner.Corpus}",
            $"--ChatBot:Corpus:SnapshotDirectory={Path.Combine(folder, "index")}",
            $"--ChatBot:Storage:DatabasePath={database}",
            "--ChatBot:Storage:Backup:Interval=0",
            .. settings,
        ];
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        var serve = new ServeProcess(Process.Start(start)!);
        serve.process.OutputDataReceived += (_, e) => serve.Observe(e.Data);
        serve.process.ErrorDataReceived += (_, e) => serve.Observe(e.Data);
        serve.process.Exited += (_, _) => serve.ready.TrySetException(new InvalidOperationException("serve exited before it was ready"));
        serve.process.EnableRaisingEvents = true;
        serve.process.BeginOutputReadLine();
        serve.process.BeginErrorReadLine();
        try
        {
            serve.Url = await serve.listening.Task.WaitAsync(Patience);
            await serve.ready.Task.WaitAsync(Patience);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await serve.DisposeAsync();
            throw new InvalidOperationException($"serve did not become ready: {e.Message}\n{serve.Log}", e);
        }

        return serve;
    }

    /// <summary>SIGTERM, then waits for the process to finish its shutdown; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>SIGKILL, as a crash or an OOM kill ends it: no shutdown runs, nothing is released.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Completes once the process has logged a line containing <paramref name="text"/> (already, or later).</summary>
    public Task WaitForLogAsync(string text) => WaitForLogAsync(line => line.Contains(text, StringComparison.Ordinal));

    public Task WaitForLogAsync(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lines)
        {
            if (lines.Any(match))
            {
                return Task.CompletedTask;
            }

            watchers.Add((match, seen));
        }

        return seen.Task.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
            foreach (var watcher in watchers.Where(w => w.Match(line)).ToList())
            {
                watchers.Remove(watcher);
                watcher.Seen.TrySetResult();
            }
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(match.Groups[1].Value);
        }

        if (line.Contains("Admin endpoint for `chatbot factcards`", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
