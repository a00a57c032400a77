namespace ChatBot.Discord.Wire;

/// <summary>An action row (1), button (2) or text input (4); only the fields of its type are set.</summary>
public sealed record Component(int Type)
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int TextInput = 4;

    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public ComponentEmoji? Emoji { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public bool? Required { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
}
