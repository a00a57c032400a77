using System.Diagnostics;

namespace ChatBot.IntegrationTests.Reliability.Crash;

/// <summary>The crash writer child process (copied next to the tests), with its acknowledgement lines as they arrive.</summary>
internal sealed class CrashWriterProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process process;

    private CrashWriterProcess(Process process) => this.process = process;

    public List<string> Acknowledged { get; } = [];

    public static CrashWriterProcess Start(string databasePath, int run)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.CrashWriter.dll"));
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add(run.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new CrashWriterProcess(process);
    }

    /// <summary>Reads lines until <paramref name="acks"/> writes have been acknowledged; fails on anything else.</summary>
    public async Task ReadAcksAsync(int acks)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Acknowledged.Count < acks)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"the crash writer exited early with code {await ExitCodeAsync()} after {Acknowledged.Count} acks");
            if (line.StartsWith("ACK ", StringComparison.Ordinal))
            {
                Acknowledged.Add(line[4..]);
            }
            else if (line != "READY")
            {
                throw new InvalidOperationException($"the crash writer said: {line}");
            }
        }
    }

    /// <summary>SIGKILL: no finally blocks, no disposal, no flushing in the child.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
