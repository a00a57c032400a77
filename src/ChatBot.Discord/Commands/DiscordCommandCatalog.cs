using System.Text.Json;

using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Commands;

/// <summary>The bot's slash commands, loaded once from the embedded <c>commands.json</c>: adding a command is one edit there.</summary>
public sealed class DiscordCommandCatalog
{
    /// <summary>Discord's hard cap for a STRING option's value.</summary>
    public const int MaxStringOptionLength = 6000;

    public DiscordCommandCatalog(CommandCatalogFile file)
    {
        Commands = file.Commands;
    }

    public IReadOnlyList<ApplicationCommand> Commands { get; }

    public static DiscordCommandCatalog LoadEmbedded()
    {
        using var stream = typeof(DiscordCommandCatalog).Assembly.GetManifestResourceStream("ChatBot.Discord.commands.json")
            ?? throw new InvalidOperationException("commands.json is not embedded in ChatBot.Discord");
        var file = JsonSerializer.Deserialize(stream, DiscordJsonContext.Default.CommandCatalogFile)
            ?? throw new InvalidOperationException("commands.json is empty");
        return new DiscordCommandCatalog(file);
    }

    /// <summary>The declared max_length of a string option, or Discord's cap when the option is unknown.</summary>
    public int MaxLengthOf(string command, string? subcommand, string option)
    {
        var options = Find(command)?.Options;
        foreach (var part in (subcommand ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            options = options?.FirstOrDefault(o => o.Name == part && o.IsSubcommandLike)?.Options;
        }

        return options?.FirstOrDefault(o => o.Name == option)?.MaxLength ?? MaxStringOptionLength;
    }

    public ApplicationCommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    /// <summary>Commands as sent for one scope: guild commands may not carry contexts or integration types.</summary>
    public IReadOnlyList<ApplicationCommand> ForScope(bool guild) =>
        guild ? [.. Commands.Select(c => c with { Contexts = null, IntegrationTypes = null })] : Commands;
}
