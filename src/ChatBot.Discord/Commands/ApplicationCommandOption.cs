using System.Text.Json;

namespace ChatBot.Discord.Commands;

/// <summary>An option, sub-command or sub-command group of a slash command.</summary>
public sealed record ApplicationCommandOption
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int Number = 10;

    public required int Type { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public bool? Required { get; init; }
    public bool? Autocomplete { get; init; }
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public JsonElement? MinValue { get; init; }
    public JsonElement? MaxValue { get; init; }

    public bool IsRequired => Required == true;

    public bool IsSubcommandLike => Type is SubCommand or SubCommandGroup;
}
