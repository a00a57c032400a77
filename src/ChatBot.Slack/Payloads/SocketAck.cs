using ChatBot.Slack.WebApi;

namespace ChatBot.Slack.Payloads;

/// <summary>Acknowledges one envelope; <see cref="Payload"/> is the immediate slash-command reply when Slack accepts one.</summary>
public sealed record SocketAck(string EnvelopeId, ResponseUrlMessage? Payload = null);
