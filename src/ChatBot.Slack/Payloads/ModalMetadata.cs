namespace ChatBot.Slack.Payloads;

/// <summary>What a modal carries in private_metadata so its submission can be answered where the form was opened.</summary>
public sealed record ModalMetadata(string ChannelId, string? ResponseUrl = null, string? ThreadTs = null);
