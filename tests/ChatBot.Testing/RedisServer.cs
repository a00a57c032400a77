using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Testing;

/// <summary>
/// A private <c>redis-server</c> for one test class: 127.0.0.1, a free port, a temporary directory, no persistence.
/// <see cref="StopAsync"/> and <see cref="StartAsync"/> take it down and bring it back on the same port, for the tests
/// that lose Redis mid-run. The binary comes from the machine (Debian's <c>redis-server</c>; <c>.ci/run</c> installs it).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-redis-").FullName;
    private Process? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var server = new RedisServer(FreePort());
        await server.StartAsync(cancellationToken);
        return server;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (process is { HasExited: false })
        {
            return;
        }

        var start = new ProcessStartInfo(FindBinary())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--dir", directory, "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                     "--daemonize", "no", "--loglevel", "warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync(cancellationToken);
    }

    /// <summary>Kills the server (as a crash would: no shutdown save) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        // Process start-up, not the code under test: a bounded real wait for the port to answer PING.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} on port {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read > 0 && buffer[0] == (byte)'+')
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{Port} within 10 s.");
    }

    private static string FindBinary()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/local/bin"))
        {
            var candidate = Path.Combine(directory, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("redis-server not found on PATH: install it (Debian: apt-get install redis-server; .ci/run does).");
    }

    /// <summary>A port the OS says is free now (Redis cannot be told to pick one and report it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
