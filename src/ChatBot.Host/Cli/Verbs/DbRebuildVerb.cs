using System.CommandLine;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot db rebuild [--db FILE]`: salvages what can be read from a damaged database into a new file, keeping the damaged one aside.</summary>
internal static class DbRebuildVerb
{
    public static Command Create()
    {
        var database = SharedOptions.Database();
        var command = new Command("rebuild", "Salvage what can be read from a damaged database into a new one; the damaged file is kept aside") { database };
        command.SetAction(parsed =>
        {
            using var services = CliServices.Build(CliOverrides.From(database: parsed.GetValue(database)));
            return DbVerb.Print(new DatabaseMaintenance(DbVerb.PathOf(services), TimeProvider.System).Rebuild());
        });
        return command;
    }
}
