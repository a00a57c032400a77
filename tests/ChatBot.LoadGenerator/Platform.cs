namespace ChatBot.LoadGenerator;

internal enum Platform
{
    Discord,
    Slack,

    /// <summary>A Slack Events API @mention, delivered to every replica (in replica mode) to count duplicate answers.</summary>
    SlackEvent,
}
