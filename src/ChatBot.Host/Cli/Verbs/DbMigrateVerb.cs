using System.CommandLine;
using ChatBot.Storage.Postgres;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot db migrate`: brings the PostgreSQL schema up to this build (ChatBot:Storage:Provider = Postgres). Safe to
/// run from several replicas at once: the migrator applies each script once, under an advisory lock. Exit code 1 with
/// one line when PostgreSQL is not configured, cannot be reached or refuses a script.
/// </summary>
internal static class DbMigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "Bring the PostgreSQL schema up to this build (ChatBot:Storage:Provider = Postgres, ConnectionStrings:Postgres)");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var services = CliServices.Build(CliOverrides.From());
            if (StorageProviders.From(services.GetRequiredService<IConfiguration>()) != StorageProvider.Postgres)
            {
                throw new CommandFailedException($"{StorageProviders.Key} is not Postgres: the LiteDB file needs no migrations (set it to Postgres, with ConnectionStrings:Postgres, to migrate PostgreSQL)");
            }

            var database = services.GetRequiredService<PostgresDatabase>();
            try
            {
                var applied = await services.GetRequiredService<PostgresMigrator>().MigrateAsync(cancellationToken);
                Console.WriteLine(applied.Count == 0
                    ? $"PostgreSQL schema at {database.Location} is current (version {Migration.Latest})"
                    : $"migrated PostgreSQL at {database.Location} to version {Migration.Latest}: applied {string.Join(", ", applied.Select(m => m.Name))}");
                return 0;
            }
            catch (Exception e) when (PostgresFailures.Is(e))
            {
                throw new CommandFailedException($"PostgreSQL at {database.Location} could not be migrated: {PostgresFailures.Describe(e)}");
            }
        });
        return command;
    }
}
