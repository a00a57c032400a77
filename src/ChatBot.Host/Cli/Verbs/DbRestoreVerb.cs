using System.CommandLine;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot db restore FILE [--force] [--db FILE]`: puts a verified copy of a backup in place. A missing, empty or
/// damaged database is replaced without asking (it is kept aside, so nothing is lost); an intact one that holds
/// records only with --force (and is kept aside too).
/// </summary>
internal static class DbRestoreVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The backup to restore" };
        var force = new Option<bool>("--force") { Description = "Replace an intact database that holds records (it is kept aside)" };
        var database = SharedOptions.Database();
        var command = new Command("restore", "Replace the database with a verified copy of a backup; the current file is kept aside") { file, force, database };
        command.SetAction(parsed =>
        {
            using var services = CliServices.Build(CliOverrides.From(database: parsed.GetValue(database)));
            return DbVerb.Print(new DatabaseMaintenance(DbVerb.PathOf(services), TimeProvider.System).Restore(parsed.GetValue(file)!, parsed.GetValue(force)));
        });
        return command;
    }
}
