namespace ChatBot.Discord.Wire;

public sealed record EmbedFooter(string Text);
