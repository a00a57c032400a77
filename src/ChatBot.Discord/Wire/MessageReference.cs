namespace ChatBot.Discord.Wire;

public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
