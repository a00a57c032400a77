namespace ChatBot.Discord.Wire;

/// <summary>
/// Command data (name, options; for a message command, target_id and the resolved message), component data
/// (custom_id, values) or modal data (custom_id, components).
/// </summary>
public sealed record InteractionData(
    string? Id,
    string? Name,
    int? Type,
    IReadOnlyList<InteractionOption>? Options,
    string? CustomId,
    int? ComponentType,
    IReadOnlyList<string>? Values,
    IReadOnlyList<SubmittedComponent>? Components,
    string? TargetId = null,
    InteractionResolved? Resolved = null);
