using System.CommandLine;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot factcards list|check|export|import`: fact cards for moderators working in git.</summary>
internal static class FactCardsVerb
{
    public static Command Create()
    {
        var command = new Command("factcards", "Fact cards: list them, check them against the corpus, export and import YAML or JSON files");
        command.Subcommands.Add(FactCardsListVerb.Create());
        command.Subcommands.Add(FactCardsCheckVerb.Create());
        command.Subcommands.Add(FactCardsExportVerb.Create());
        command.Subcommands.Add(FactCardsImportVerb.Create());
        return command;
    }

    /// <summary>Who a CLI change is recorded under: --by, else the operating-system user.</summary>
    public static Option<string?> By() => new("--by") { Description = "Name recorded in the card history as cli:NAME (default: the OS user name)" };

    public static string Actor(string? by) => string.IsNullOrWhiteSpace(by) ? Environment.UserName : by.Trim();
}
