namespace ChatBot.Slack.Configuration;

/// <summary>How Slack reaches the bot.</summary>
public enum SlackMode
{
    /// <summary>Slack posts to public Request URLs (/slack/commands, /slack/events, /slack/interactions).</summary>
    Http = 0,

    /// <summary>The bot opens a WebSocket to Slack with the app-level token; no public URL needed.</summary>
    Socket = 1,
}
