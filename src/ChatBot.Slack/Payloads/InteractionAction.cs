namespace ChatBot.Slack.Payloads;

public sealed record InteractionAction(string? ActionId, string? BlockId = null, string? Value = null, string? Type = null, string? ActionTs = null);
