using System.CommandLine;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot db check|backup|restore|rebuild`: look after the LiteDB database while the bot is stopped; `chatbot db migrate`: the PostgreSQL schema; `chatbot db copy`: LiteDB up to PostgreSQL.</summary>
internal static class DbVerb
{
    public static Command Create()
    {
        var command = new Command("db", "Check, back up, restore or rebuild the LiteDB database (stop `chatbot serve` first; it makes scheduled backups itself), migrate the PostgreSQL schema, or copy LiteDB up to PostgreSQL");
        command.Subcommands.Add(DbCheckVerb.Create());
        command.Subcommands.Add(DbBackupVerb.Create());
        command.Subcommands.Add(DbRestoreVerb.Create());
        command.Subcommands.Add(DbRebuildVerb.Create());
        command.Subcommands.Add(DbMigrateVerb.Create());
        command.Subcommands.Add(DbCopyVerb.Create());
        return command;
    }

    /// <summary>The configured database path (ChatBot:Storage:DatabasePath, or --db).</summary>
    public static string PathOf(IServiceProvider services) => Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath);

    /// <summary>Prints what a restore or rebuild did: the summary on standard output, or "error: …" on standard error; exit code 0 or 1.</summary>
    public static int Print(RepairResult result)
    {
        (result.Succeeded ? Console.Out : Console.Error).WriteLine(result.Succeeded ? result.Summary : $"error: {result.Summary}");
        foreach (var detail in result.Details)
        {
            Console.WriteLine($"  {detail}");
        }

        return result.Succeeded ? 0 : 1;
    }
}
