using System.CommandLine;
using System.Globalization;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.Postgres;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot db copy --from litedb:FILE --to postgres [--connection …] [--dry-run]`: moves a LiteDB install's records
/// up to PostgreSQL. The LiteDB file is checked and read without being written (and refused, with nothing written to
/// PostgreSQL, when it is damaged, foreign or in use); a target schema behind this build is refused. Prints a table
/// (collection, read, written, in target); exit code 1 with one line when any count disagrees.
/// </summary>
internal static class DbCopyVerb
{
    private const string LiteDbPrefix = "litedb:";

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The source: litedb:FILE (the LiteDB database to copy; stop `chatbot serve` first)", Required = true };
        var to = new Option<string>("--to") { Description = "The target: postgres (ConnectionStrings:Postgres, or --connection)", Required = true };
        var connection = new Option<string?>("--connection") { Description = "The PostgreSQL connection string (default: ConnectionStrings:Postgres)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and count, write nothing" };
        var command = new Command("copy", "Copy a LiteDB database's records into PostgreSQL (idempotent; verifies the counts)") { from, to, connection, dryRun };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = SourceFile(parsed.GetValue(from)!);
            if (!string.Equals(parsed.GetValue(to)?.Trim(), "postgres", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--to must be postgres, not '{parsed.GetValue(to)}'");
            }

            using var services = CliServices.Build(CliOverrides.From());
            var connectionString = parsed.GetValue(connection) ?? services.GetRequiredService<IConfiguration>().GetConnectionString(PostgresOptions.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new CommandFailedException("ConnectionStrings:Postgres must be set (or --connection given) to copy into PostgreSQL (Host=…;Database=…;Username=…;Password=…)");
            }

            var snapshot = LiteDbSnapshot.Read(file, TimeProvider.System);
            await using var database = Open(connectionString);
            var target = new PostgresCopyTarget(database);
            try
            {
                var status = await target.StatusAsync(cancellationToken);
                if (status.IsBehind)
                {
                    throw new CommandFailedException($"the PostgreSQL schema at {target.Location} is at version {status.Current}, this build needs {status.Latest}: run `chatbot db migrate` first; nothing was copied");
                }

                var dry = parsed.GetValue(dryRun);
                var counts = await target.CopyAsync(snapshot, dry, cancellationToken);
                return Report(Path.GetFullPath(file), target.Location, counts, dry);
            }
            catch (Exception e) when (PostgresFailures.Is(e))
            {
                throw new CommandFailedException($"PostgreSQL at {target.Location}: the copy failed ({PostgresFailures.Describe(e)}); what was committed stays, and running the copy again completes it");
            }
        });
        return command;
    }

    private static string SourceFile(string source)
    {
        var value = source.Trim();
        if (!value.StartsWith(LiteDbPrefix, StringComparison.OrdinalIgnoreCase) || value.Length == LiteDbPrefix.Length)
        {
            throw new UsageException($"--from must be litedb:FILE (the LiteDB database to copy), not '{source}'");
        }

        return value[LiteDbPrefix.Length..];
    }

    private static PostgresDatabase Open(string connectionString)
    {
        try
        {
            return new PostgresDatabase(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new CommandFailedException($"ConnectionStrings:Postgres is not a valid connection string: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private static int Report(string file, string location, IReadOnlyList<CopyCount> counts, bool dryRun)
    {
        Console.WriteLine(dryRun ? $"dry run: {file} into PostgreSQL at {location}; nothing was written" : $"copied {file} into PostgreSQL at {location}");
        Console.WriteLine($"  {"collection",-20} {"read",9} {"written",9} {"in target",9}");
        foreach (var count in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count.Collection,-20} {count.Read,9:N0} {count.Written,9:N0} {count.InTarget,9:N0}"));
        }

        var disagree = counts.Where(c => !c.Agrees).ToList();
        if (dryRun || disagree.Count == 0)
        {
            return 0;
        }

        Console.Error.WriteLine($"error: the counts disagree: {string.Join(", ", disagree.Select(c => $"{c.Collection} read {c.Read:N0}, in target {c.InTarget:N0}"))}");
        return 1;
    }
}
