namespace ChatBot.Core.Commands;

/// <summary>One input of a form (Discord modal text input, Slack modal input block).</summary>
public sealed record FormField(string Id, string Label, bool Multiline = false, bool Required = true, string? Value = null, int MaxLength = 4000, string? Placeholder = null);
