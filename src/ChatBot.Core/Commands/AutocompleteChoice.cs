namespace ChatBot.Core.Commands;

/// <summary>A suggestion for a command option as the user types (name shown, value sent; both ≤ 100 characters).</summary>
public sealed record AutocompleteChoice(string Name, string Value);
