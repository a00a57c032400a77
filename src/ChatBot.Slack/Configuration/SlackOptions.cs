namespace ChatBot.Slack.Configuration;

/// <summary>
/// The <c>ChatBot:Slack</c> configuration section. Secrets (SigningSecret, BotToken, AppToken) come from the
/// environment (<c>ChatBot__Slack__BotToken</c>) or user secrets, never from files in the repository.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "ChatBot:Slack";

    /// <summary>False turns the adapter off while keeping the section.</summary>
    public bool Enabled { get; set; } = true;

    public SlackMode Mode { get; set; } = SlackMode.Http;

    /// <summary>Verifies requests in HTTP mode (Basic Information → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot user OAuth token, <c>xoxb-…</c>: Web API calls in both modes.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token, <c>xapp-…</c> with connections:write: Socket Mode only.</summary>
    public string? AppToken { get; set; }

    /// <summary>When not empty, the bot answers only in these channels (plus direct messages if allowed); applied by Core's <see cref="Core.Commands.RequestGate"/>.</summary>
    public List<string> AllowedChannelIds { get; set; } = [];

    public bool AllowDirectMessages { get; set; } = true;

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long a slash command waits for its reply before acknowledging and answering through response_url.</summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromMilliseconds(1500);

    public TimeSpan ModeratorGroupCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The App Home is published for a person at most once in this long, however often they open it.</summary>
    public TimeSpan HomeRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest question or command text accepted, in characters.</summary>
    public int MaxInputLength { get; set; } = 1000;

    /// <summary>Slack's direct-message channel ids start with D (the allow-list lets those through unless turned off).</summary>
    public static bool IsDirectMessage(string channelId) => channelId.StartsWith('D');
}
