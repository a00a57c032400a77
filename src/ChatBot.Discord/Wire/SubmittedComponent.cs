namespace ChatBot.Discord.Wire;

/// <summary>
/// A component in a modal submission: an action row (type 1) or label (type 18) wrapping a text input (type 4) that
/// carries custom_id and value. Both layouts are read.
/// </summary>
public sealed record SubmittedComponent(int Type, string? CustomId, string? Value, IReadOnlyList<string>? Values, IReadOnlyList<SubmittedComponent>? Components, SubmittedComponent? Component);
