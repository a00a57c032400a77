namespace ChatBot.Slack.Payloads;

public sealed record ViewStateValue(string? Type = null, string? Value = null);
