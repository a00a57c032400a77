namespace ChatBot.Slack.Security;

/// <summary>The raw, verified request body, set as a request feature by <see cref="SlackSignatureFilter"/>.</summary>
public sealed record SlackRequestBody(byte[] Bytes);
