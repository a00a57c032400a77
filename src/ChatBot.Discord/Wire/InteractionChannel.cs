namespace ChatBot.Discord.Wire;

public sealed record InteractionChannel(string? Id);
