namespace ChatBot.Host.AdminConsole;

/// <summary>One field of a card as it was and as it became.</summary>
public sealed record FieldChange(string Name, string Before, string After);
