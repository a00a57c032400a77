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
        var maxLengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var command in Commands)
        {
            AddMaxLengths(maxLengths, command.Name, "", command.Options);
        }

        MaxLengths = maxLengths;
    }

    public IReadOnlyList<ApplicationCommand> Commands { get; }

    /// <summary>
    /// Every option's declared max_length by <see cref="OptionKey"/>, read once: a request's length check is a look-up
    /// in this table. An option missing from it gets Discord's cap.
    /// </summary>
    public IReadOnlyDictionary<string, int> MaxLengths { get; }

    public static DiscordCommandCatalog LoadEmbedded()
    {
        using var stream = typeof(DiscordCommandCatalog).Assembly.GetManifestResourceStream("ChatBot.Discord.commands.json")
            ?? throw new InvalidOperationException("commands.json is not embedded in ChatBot.Discord");
        var file = JsonSerializer.Deserialize(stream, DiscordJsonContext.Default.CommandCatalogFile)
            ?? throw new InvalidOperationException("commands.json is empty");
        return new DiscordCommandCatalog(file);
    }

    /// <summary>The declared max_length of a string option, or Discord's cap when the option is unknown.</summary>
    public int MaxLengthOf(string command, string? subcommand, string option) =>
        MaxLengths.GetValueOrDefault(OptionKey(command, subcommand, option), MaxStringOptionLength);

    /// <summary>The key of an option in <see cref="MaxLengths"/>: command, subcommand path (space-separated) and option name.</summary>
    public static string OptionKey(string command, string? subcommand, string option) =>
        $"{command}/{string.Join(' ', (subcommand ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))}/{option}";

    public ApplicationCommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    /// <summary>Commands as sent for one scope: guild commands may not carry contexts or integration types.</summary>
    public IReadOnlyList<ApplicationCommand> ForScope(bool guild) =>
        guild ? [.. Commands.Select(c => c with { Contexts = null, IntegrationTypes = null })] : Commands;

    private static void AddMaxLengths(Dictionary<string, int> maxLengths, string command, string path, IReadOnlyList<ApplicationCommandOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.IsSubcommandLike)
            {
                AddMaxLengths(maxLengths, command, path.Length == 0 ? option.Name : $"{path} {option.Name}", option.Options);
            }
            else if (option.MaxLength is { } max)
            {
                maxLengths.TryAdd(OptionKey(command, path, option.Name), max);
            }
        }
    }
}
