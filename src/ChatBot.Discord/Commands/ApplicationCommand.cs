namespace ChatBot.Discord.Commands;

/// <summary>A slash command as Discord's bulk-overwrite endpoint takes it (and as it returns it, plus ids we ignore).</summary>
public sealed record ApplicationCommand
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public int? Type { get; init; } = 1;
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bit set as a decimal string; null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Interaction contexts (0 guild, 1 bot DM); global commands only.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>0 guild install, 1 user install; global commands only.</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
}
