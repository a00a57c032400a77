namespace ChatBot.Slack.Payloads;

/// <summary>The message a pressed button is on (absent for ephemeral messages and modals), or a message shortcut was used on (with its text).</summary>
public sealed record InteractionMessage(string? Ts = null, string? ThreadTs = null, string? Text = null);
