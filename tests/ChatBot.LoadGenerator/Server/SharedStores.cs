using System.Diagnostics;

using ChatBot.Testing;

namespace ChatBot.LoadGenerator.Server;

/// <summary>
/// The PostgreSQL and Redis several replicas share: the ones given, or private servers on 127.0.0.1 started as the
/// tests start them (ChatBot.Testing). The database is brought up to date with `chatbot db migrate`, as
/// docker-compose.yml does before the replicas start. Disposing stops what was started here.
/// </summary>
internal sealed class SharedStores : IAsyncDisposable
{
    private PostgresServer? postgres;
    private RedisServer? redis;

    /// <summary>The settings every replica gets (empty for a single replica on LiteDB).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>What the run uses, for the progress line.</summary>
    public string Description { get; private set; } = "LiteDB, no Redis";

    public static async Task<SharedStores> StartAsync(LoadSettings settings, CancellationToken cancellationToken = default)
    {
        var stores = new SharedStores();
        var shared = settings.Replicas > 1;
        try
        {
            if (shared || settings.PostgresConnectionString is not null)
            {
                var connection = settings.PostgresConnectionString ?? await stores.StartPostgresAsync(cancellationToken);
                await MigrateAsync(settings.ChatBotDll, connection, cancellationToken);
                stores.Environment["ChatBot__Storage__Provider"] = "Postgres";
                stores.Environment["ConnectionStrings__Postgres"] = connection;
            }

            if (shared || settings.RedisConnectionString is not null)
            {
                stores.redis = settings.RedisConnectionString is null ? await RedisServer.StartNewAsync(cancellationToken) : null;
                stores.Environment["ConnectionStrings__Redis"] = settings.RedisConnectionString ?? stores.redis!.ConnectionString;
                stores.Environment["ChatBot__Redis__KeyPrefix"] = $"load-{Guid.NewGuid():N}:";
            }

            stores.Description = $"PostgreSQL {(stores.postgres is null ? "given" : "private, port " + stores.postgres.Port)}, Redis {(stores.redis is null ? "given" : "private, port " + stores.redis.Port)}";
            return stores;
        }
        catch
        {
            await stores.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }

    private async Task<string> StartPostgresAsync(CancellationToken cancellationToken)
    {
        postgres = await PostgresServer.StartNewAsync(cancellationToken);
        return postgres.ConnectionString(await postgres.CreateDatabaseAsync(cancellationToken: cancellationToken));
    }

    private static async Task MigrateAsync(string chatBotDll, string connection, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { chatBotDll, "db", "migrate" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ChatBot__Storage__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Postgres"] = connection;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chatbot db migrate did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chatbot db migrate failed ({process.ExitCode}): {(await error).Trim()} {(await output).Trim()}");
        }
    }
}
