namespace ChatBot.Core.Commands;

/// <summary>
/// A platform-neutral command: "/ask question:…" on Discord, "/ask …" on Slack and an @mention all become one of
/// these. <see cref="Options"/> holds the named arguments as text ("question", "public", "from", "about", …).
/// <see cref="Subcommand"/> is set for grouped commands ("factcard show"). <see cref="ThreadId"/> names the thread a
/// message was posted in (Slack thread_ts), so follow-ups in it are read with its earlier questions.
/// </summary>
public sealed record CommandRequest(
    ChatPlatform Platform,
    ChatUser User,
    string ChannelId,
    string Command,
    IReadOnlyDictionary<string, string> Options,
    string? WorkspaceId = null,
    string? Subcommand = null,
    string? ThreadId = null)
{
    /// <summary>Sent in a direct message with the bot (the channel allow-list lets those through unless turned off).</summary>
    public bool IsDirectMessage { get; init; }

    public string? Option(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public bool Flag(string name) => Option(name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
