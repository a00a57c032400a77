using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.LoadGenerator.Server;

/// <summary>
/// `dotnet chatbot.dll serve` as a child process on a free 127.0.0.1 port, configured only through environment
/// variables. Disposing kills it (and anything it started), whatever state the run ended in.
/// </summary>
internal sealed class ChatBotProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private int reloadsLogged;
    private int linesWritten;

    private ChatBotProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the server wrote (standard output and error), for the report when something fails.</summary>
    public IReadOnlyList<string> RecentOutput => [.. lines];

    public static ChatBotProcess Start(string chatBotDll, string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(chatBotDll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));

        // Nothing from the caller's environment may reach the server's configuration (a real token, an LLM key).
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ChatBot__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ChatBotProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>How many lines the server has written so far (its log, on standard output and error).</summary>
    public int LinesWritten => Volatile.Read(ref linesWritten);

    /// <summary>How many "Corpus reloaded" lines the server has logged (CorpusReloader logs one per swap).</summary>
    public int ReloadsLogged => Volatile.Read(ref reloadsLogged);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or not started: nothing left to stop.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Increment(ref linesWritten);
        if (line.Contains("Corpus reloaded", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref reloadsLogged);
        }

        lines.Enqueue(line);
        while (lines.Count > KeptLines && lines.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
