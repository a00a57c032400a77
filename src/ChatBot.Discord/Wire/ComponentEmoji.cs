namespace ChatBot.Discord.Wire;

/// <summary>A Unicode emoji on a button (custom emoji would also need an id).</summary>
public sealed record ComponentEmoji(string Name);
