using System.CommandLine;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot db backup FILE [--db FILE]`: a consistent copy of the database, verified before it takes its name; never overwrites.</summary>
internal static class DbBackupVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The backup file to write (must not exist)" };
        var database = SharedOptions.Database();
        var command = new Command("backup", "Write a verified copy of the database to FILE") { file, database };
        command.SetAction(parsed =>
        {
            using var services = CliServices.Build(CliOverrides.From(database: parsed.GetValue(database)));
            var path = DbVerb.PathOf(services);
            if (!File.Exists(path))
            {
                throw new CommandFailedException($"there is no database at {path} to back up");
            }

            var opened = services.GetRequiredService<ChatBotDatabase>();
            if (opened.EnsureOpened().State == DatabaseState.Locked)
            {
                throw new CommandFailedException($"database {path} is in use by another process (is `chatbot serve` running?); stop it first, or rely on its scheduled backups (ChatBot:Storage:Backup)");
            }

            var result = DatabaseBackup.WriteTo(opened, parsed.GetValue(file)!);
            if (!result.Succeeded)
            {
                throw new CommandFailedException(result.Problem!);
            }

            Console.WriteLine($"backed up {path} to {result.File}: {result.Counts.Values.Sum():N0} records ({string.Join(", ", result.Counts.Select(c => $"{c.Key} {c.Value:N0}"))})");
            return 0;
        });
        return command;
    }
}
