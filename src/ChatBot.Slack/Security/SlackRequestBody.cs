namespace ChatBot.Slack.Security;

/// <summary>
/// The raw, verified request body with its signed timestamp and signature, set as a request feature by
/// <see cref="SlackSignatureFilter"/>.
/// </summary>
public sealed record SlackRequestBody(byte[] Bytes, DateTimeOffset SignedAt, string Signature);
