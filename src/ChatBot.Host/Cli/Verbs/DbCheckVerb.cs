using System.CommandLine;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot db check [--db FILE]`: the full read-only check (every record and index readable, stored JSON intact,
/// nothing lost that the manifest recorded), with counts per collection. Exit code 1 when the database cannot be used.
/// </summary>
internal static class DbCheckVerb
{
    public static Command Create()
    {
        var database = SharedOptions.Database();
        var command = new Command("check", "Check the database and count its records; exit code 1 when it is damaged or not a database") { database };
        command.SetAction(parsed =>
        {
            using var services = CliServices.Build(CliOverrides.From(database: parsed.GetValue(database)));
            var report = new DatabaseMaintenance(DbVerb.PathOf(services), TimeProvider.System).Check();
            if (!report.Healthy)
            {
                Console.Error.WriteLine($"error: database {report.Path} {DatabaseStatus.Describe(report.State)}: {report.Reason}");
            }
            else if (report.Check is { } check)
            {
                Console.WriteLine($"database {report.Path} is intact: {check.Records:N0} records in {check.Counts.Count} collections, checked in {check.Elapsed.TotalMilliseconds:N0} ms");
                foreach (var (collection, count) in check.Counts)
                {
                    Console.WriteLine($"  {collection,-20} {count,9:N0}");
                }
            }
            else
            {
                Console.WriteLine($"database {report.Path}: {report.Reason}");
            }

            if (report.Recorded is not null)
            {
                Console.WriteLine($"manifest: {report.Recorded}");
            }

            return report.Healthy ? 0 : 1;
        });
        return command;
    }
}
