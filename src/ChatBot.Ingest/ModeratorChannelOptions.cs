namespace ChatBot.Ingest;

/// <summary>
/// <c>ChatBot:Ingest:ModeratorChannel</c>: where new feed items are offered for review, one channel per platform
/// (either, both or none). Only moderators can press the buttons, wherever the message is.
/// </summary>
public sealed class ModeratorChannelOptions
{
    /// <summary>A Discord channel id (the bot needs Send Messages there).</summary>
    public string? Discord { get; set; }

    /// <summary>A Slack channel id (the bot must be a member).</summary>
    public string? Slack { get; set; }
}
