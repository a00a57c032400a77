namespace ChatBot.Slack.Handling;

/// <summary>Who the bot is in the workspace (from auth.test), so it never answers itself.</summary>
public sealed record BotIdentity(string? UserId, string? BotId);
