namespace ChatBot.Slack.WebApi;

public sealed record AuthTestResponse(bool Ok, string? Error = null, string? UserId = null, string? BotId = null, string? TeamId = null) : ISlackApiResult;
