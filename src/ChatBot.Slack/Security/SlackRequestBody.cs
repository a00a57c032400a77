namespace ChatBot.Slack.Security;

/// <summary>
/// The raw, verified request body with its signed timestamp and signature, set as a request feature by
/// <see cref="SlackSignatureFilter"/>; <paramref name="ReceivedAt"/> is the <see cref="TimeProvider"/> timestamp taken
/// before the body was read, from which the inline budget counts.
/// </summary>
public sealed record SlackRequestBody(byte[] Bytes, DateTimeOffset SignedAt, string Signature, long ReceivedAt);
