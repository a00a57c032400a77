namespace ChatBot.Slack.Payloads;

/// <summary>The submitted modal: <see cref="CallbackId"/> is the form id, <see cref="PrivateMetadata"/> where to answer.</summary>
public sealed record ViewPayload(string? Id = null, string? CallbackId = null, string? PrivateMetadata = null, ViewState? State = null);
