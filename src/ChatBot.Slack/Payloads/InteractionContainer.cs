namespace ChatBot.Slack.Payloads;

public sealed record InteractionContainer(string? Type = null, string? MessageTs = null, string? ChannelId = null, bool? IsEphemeral = null, string? ThreadTs = null);
