namespace ChatBot.Slack.Payloads;

/// <summary>The message a pressed button is on (absent for ephemeral messages and modals).</summary>
public sealed record InteractionMessage(string? Ts = null, string? ThreadTs = null);
