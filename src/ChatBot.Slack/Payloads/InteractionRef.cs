namespace ChatBot.Slack.Payloads;

/// <summary>A team or channel reference inside an interaction payload.</summary>
public sealed record InteractionRef(string? Id, string? Name = null, string? Domain = null);
