namespace ChatBot.Discord.Wire;

/// <summary>The objects an interaction refers to, by id; a message command's target is in <see cref="Messages"/>.</summary>
public sealed record InteractionResolved(IReadOnlyDictionary<string, ResolvedMessage>? Messages);
