namespace ChatBot.Slack.WebApi;

/// <summary>apps.connections.open: a fresh wss:// URL for one Socket Mode connection.</summary>
public sealed record ConnectionsOpenResponse(bool Ok, string? Error = null, string? Url = null) : ISlackApiResult;
