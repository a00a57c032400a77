using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Checks command definitions against Discord's documented limits before they are registered: slash commands (type 1)
/// with their options, and user and message commands (types 2 and 3), which have a free-form name and nothing else.
/// </summary>
public static partial class CommandCatalogValidator
{
    public const int MaxCommands = 100;
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;
    public const int MaxChoiceLength = 100;
    public const int MaxTotalCharacters = 8000;

    /// <summary>Discord allows this many message commands (type 3), and as many user commands (type 2).</summary>
    public const int MaxContextMenuCommands = 5;

    public const int ChatInput = 1;
    public const int UserCommand = 2;
    public const int MessageCommand = 3;

    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        var errors = new List<string>();
        if (commands.Count > MaxCommands)
        {
            errors.Add($"{commands.Count} commands; Discord allows {MaxCommands}");
        }

        errors.AddRange(commands.GroupBy(c => (Type: c.Type ?? ChatInput, c.Name)).Where(g => g.Count() > 1).Select(g => $"{PathOf(g.First())}: defined {g.Count()} times"));
        errors.AddRange(commands.GroupBy(c => c.Type ?? ChatInput).Where(g => g.Key != ChatInput && g.Count() > MaxContextMenuCommands)
            .Select(g => $"{g.Count()} commands of type {g.Key}; Discord allows {MaxContextMenuCommands}"));
        foreach (var command in commands)
        {
            var path = PathOf(command);
            if (command.Type is UserCommand or MessageCommand)
            {
                CheckContextMenu(command, path, errors);
                continue;
            }

            if (command.Type is not (null or ChatInput))
            {
                errors.Add($"{path}: unknown command type {command.Type}");
                continue;
            }

            CheckName(command.Name, path, errors);
            CheckDescription(command.Description, path, errors);
            if (command.DefaultMemberPermissions is { } permissions && !ulong.TryParse(permissions, out _))
            {
                errors.Add($"{path}: default_member_permissions must be a decimal permission bit set");
            }

            CheckOptions(command.Options ?? [], path, depth: 0, errors);
            var total = CountCharacters(command);
            if (total > MaxTotalCharacters)
            {
                errors.Add($"{path}: {total} characters in names, descriptions and values; Discord allows {MaxTotalCharacters}");
            }
        }

        return errors;
    }

    public static int CountCharacters(ApplicationCommand command) =>
        command.Name.Length + command.Description.Length + (command.Options ?? []).Sum(CountCharacters);

    private static int CountCharacters(ApplicationCommandOption option) =>
        option.Name.Length + option.Description.Length
        + (option.Choices ?? []).Sum(c => c.Name.Length + ChoiceValueText(c.Value).Length)
        + (option.Options ?? []).Sum(CountCharacters);

    /// <summary>A user or message command: a name of 1–32 characters (spaces and capitals allowed), no description, no options.</summary>
    private static void CheckContextMenu(ApplicationCommand command, string path, List<string> errors)
    {
        if (command.Name.Trim().Length == 0 || command.Name.Length > MaxNameLength || command.Name != command.Name.Trim())
        {
            errors.Add($"{path}: name '{command.Name}' must be 1–{MaxNameLength} characters without leading or trailing spaces");
        }

        if (!string.IsNullOrEmpty(command.Description))
        {
            errors.Add($"{path}: a user or message command has no description");
        }

        if (command.Options is { Count: > 0 })
        {
            errors.Add($"{path}: a user or message command has no options");
        }
    }

    private static string PathOf(ApplicationCommand command) => command.Type switch
    {
        UserCommand => $"user command '{command.Name}'",
        MessageCommand => $"message command '{command.Name}'",
        _ => $"/{command.Name}",
    };

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption> options, string path, int depth, List<string> errors)
    {
        if (options.Count > MaxOptions)
        {
            errors.Add($"{path}: {options.Count} options; Discord allows {MaxOptions}");
        }

        errors.AddRange(options.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => $"{path}: option '{g.Key}' defined {g.Count()} times"));
        var subcommands = options.Count(o => o.IsSubcommandLike);
        if (subcommands > 0 && subcommands < options.Count)
        {
            errors.Add($"{path}: sub-commands cannot be mixed with other options");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var optionPath = $"{path} {option.Name}";
            CheckName(option.Name, optionPath, errors);
            CheckDescription(option.Description, optionPath, errors);
            if (option.IsRequired && seenOptional)
            {
                errors.Add($"{optionPath}: required options must come before optional ones");
            }

            seenOptional |= !option.IsRequired && !option.IsSubcommandLike;
            CheckOption(option, optionPath, depth, errors);
        }
    }

    private static void CheckOption(ApplicationCommandOption option, string path, int depth, List<string> errors)
    {
        if (option.Type == ApplicationCommandOption.SubCommandGroup && (depth > 0 || (option.Options ?? []).Any(o => o.Type != ApplicationCommandOption.SubCommand)))
        {
            errors.Add($"{path}: a sub-command group must be top-level and hold only sub-commands");
        }

        if (option.Type == ApplicationCommandOption.SubCommand && (option.Options ?? []).Any(o => o.IsSubcommandLike))
        {
            errors.Add($"{path}: a sub-command cannot hold sub-commands");
        }

        if (option.Type is < 1 or > 11)
        {
            errors.Add($"{path}: unknown option type {option.Type}");
        }

        if (option.Autocomplete == true && (option.Choices is { Count: > 0 } || option.Type is not (ApplicationCommandOption.String or ApplicationCommandOption.Integer or ApplicationCommandOption.Number)))
        {
            errors.Add($"{path}: autocomplete needs a STRING, INTEGER or NUMBER option without choices");
        }

        if (option.MinLength is < 0 or > DiscordCommandCatalog.MaxStringOptionLength || option.MaxLength is < 1 or > DiscordCommandCatalog.MaxStringOptionLength)
        {
            errors.Add($"{path}: min_length/max_length must be within 0–{DiscordCommandCatalog.MaxStringOptionLength}");
        }

        CheckChoices(option.Choices ?? [], path, errors);
        if (option.IsSubcommandLike)
        {
            CheckOptions(option.Options ?? [], path, depth + 1, errors);
        }
    }

    private static void CheckChoices(IReadOnlyList<ApplicationCommandChoice> choices, string path, List<string> errors)
    {
        if (choices.Count > MaxChoices)
        {
            errors.Add($"{path}: {choices.Count} choices; Discord allows {MaxChoices}");
        }

        foreach (var choice in choices.Where(c => c.Name.Length is 0 or > MaxChoiceLength || ChoiceValueText(c.Value).Length > MaxChoiceLength))
        {
            errors.Add($"{path}: choice '{choice.Name}' needs a name of 1–{MaxChoiceLength} characters and a value of at most {MaxChoiceLength}");
        }
    }

    private static void CheckName(string name, string path, List<string> errors)
    {
        if (!NamePattern().IsMatch(name) || name != name.ToLowerInvariant())
        {
            errors.Add($"{path}: name '{name}' must be 1–{MaxNameLength} lowercase letters, digits, '-', '_' or '''");
        }
    }

    private static void CheckDescription(string description, string path, List<string> errors)
    {
        if (description.Trim().Length is 0 || description.Length > MaxDescriptionLength)
        {
            errors.Add($"{path}: description must be 1–{MaxDescriptionLength} characters (has {description.Length})");
        }
    }

    private static string ChoiceValueText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();

    // Discord: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ (.NET has the Unicode blocks, not scripts).
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
