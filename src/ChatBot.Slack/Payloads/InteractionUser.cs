namespace ChatBot.Slack.Payloads;

public sealed record InteractionUser(string? Id, string? Username = null, string? Name = null, string? TeamId = null);
