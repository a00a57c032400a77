using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ChatBot.Testing;

/// <summary>
/// A private PostgreSQL server for the tests: <c>initdb</c> into a temporary directory, <c>postgres</c> on 127.0.0.1 and
/// a free port with fsync off, trust authentication, the socket in that directory. Databases are cheap copies of a
/// template (<see cref="CreateDatabaseAsync"/>). Disposing kills the server and removes the directory. PostgreSQL
/// refuses to run as root, so as root both run as the <c>postgres</c> user (runuser) on a directory it owns. The
/// binaries come from the machine (PATH or Debian's /usr/lib/postgresql/*/bin; <c>.ci/run</c> installs them).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "postgres";
    private readonly string directory;
    private readonly string bin;
    private Process process;
    private int databases;

    private PostgresServer(string directory, string bin, int port, Process process)
    {
        this.directory = directory;
        this.bin = bin;
        Port = port;
        this.process = process;
    }

    public int Port { get; }

    /// <summary>The connection string of <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={User};Database={database};Pooling=true;Timeout=5;Command Timeout=15";

    public static async Task<PostgresServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries();
        var directory = Directory.CreateTempSubdirectory("chatbot-postgres-").FullName;
        var data = Path.Combine(directory, "data");
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", $"{User}:", directory], cancellationToken);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", User, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], cancellationToken);
        var port = RedisServer.FreePort();
        var server = Start(Path.Combine(bin, "postgres"), ServerArguments(directory, port));
        var started = new PostgresServer(directory, bin, port, server);
        try
        {
            await started.WaitUntilAcceptingAsync(cancellationToken);
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }

        return started;
    }

    /// <summary>A new empty database, or a copy of <paramref name="template"/>; its name.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null, CancellationToken cancellationToken = default)
    {
        var name = $"test_{Interlocked.Increment(ref databases).ToString(CultureInfo.InvariantCulture)}";
        await ExecuteAsync($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"), cancellationToken);
        return name;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Stops the server as an administrator does (fast shutdown: open sessions end, what was committed stays) and
    /// waits for it to be gone; <see cref="StartAsync"/> brings it back on the same port with the same data.
    /// </summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        var postmaster = File.ReadLines(Path.Combine(directory, "data", "postmaster.pid")).First().Trim();
        using (var signal = Process.Start("kill", ["-INT", postmaster]))
        {
            await signal.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(patience.Token);
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (!process.HasExited)
        {
            return;
        }

        process.Dispose();
        process = Start(Path.Combine(bin, "postgres"), ServerArguments(directory, Port));
        await WaitUntilAcceptingAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        // Process start-up, not the code under test: a bounded real wait for the server to accept a connection.
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with code {process.ExitCode} on port {Port}.");
            }

            try
            {
                await ExecuteAsync("SELECT 1", cancellationToken);
                return;
            }
            catch (NpgsqlException)
            {
                // Not accepting connections yet (or still starting up).
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new InvalidOperationException($"postgres did not accept connections on 127.0.0.1:{Port} within 15 s.");
    }

    private static string[] ServerArguments(string directory, int port) =>
        ["-D", Path.Combine(directory, "data"), "-k", directory, "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-F", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"];

    private static bool IsRoot => Environment.UserName == "root";

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments)
    {
        // As root, run as the postgres user: the server refuses root.
        var asUser = IsRoot && file != "chown";
        var start = new ProcessStartInfo(asUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (asUser ? ["-u", User, "--", file] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static Process Start(string file, IEnumerable<string> arguments)
    {
        var process = Process.Start(StartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private static string FindBinaries()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        return path.Concat(debian).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException("initdb and postgres not found on PATH or in /usr/lib/postgresql/*/bin: install postgresql (.ci/run does).");
    }
}
