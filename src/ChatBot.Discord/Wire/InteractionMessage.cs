namespace ChatBot.Discord.Wire;

/// <summary>The message a pressed button is on.</summary>
public sealed record InteractionMessage(string? Id);
