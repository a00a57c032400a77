namespace ChatBot.LoadGenerator.Server;

/// <summary>
/// The environment variables that configure `chatbot serve` for a run: keys as in appsettings.example.json, all
/// outside services pointed at the loopback stand-in, rate limits raised so the load itself is never throttled.
/// </summary>
internal static class ServerEnvironment
{
    public const string DiscordApplicationId = "100000000000000001";
    public const string SlackBotToken = "xoxb-load-generator";

    public static Dictionary<string, string> For(string workDirectory, string corpusDirectory, string discordPublicKey, Uri discordApi, string slackSecret, Uri slackApi, string logLevel) => new()
    {
        ["ChatBot__Corpus__Directory"] = corpusDirectory,
        ["ChatBot__Corpus__SnapshotDirectory"] = Path.Combine(workDirectory, "index"),
        ["ChatBot__Corpus__WatchForChanges"] = "true",
        ["ChatBot__Corpus__ReloadDebounce"] = "00:00:00.200",
        ["ChatBot__Corpus__PollInterval"] = "00:00:02",
        ["ChatBot__Storage__DatabasePath"] = Path.Combine(workDirectory, "chatbot.db"),

        // Large bursts, ordinary refill: a refill period of a few microseconds would only add timer churn.
        ["ChatBot__RateLimits__Enabled"] = "true",
        ["ChatBot__RateLimits__UserBurst"] = "1000000",
        ["ChatBot__RateLimits__UserPerMinute"] = "600",
        ["ChatBot__RateLimits__ChannelBurst"] = "1000000",
        ["ChatBot__RateLimits__ChannelPerMinute"] = "600",
        ["ChatBot__RateLimits__GlobalBurst"] = "1000000",
        ["ChatBot__RateLimits__GlobalPerMinute"] = "600",

        ["ChatBot__Discord__Enabled"] = "true",
        ["ChatBot__Discord__ApplicationId"] = DiscordApplicationId,
        ["ChatBot__Discord__PublicKey"] = discordPublicKey,
        ["ChatBot__Discord__ApiBaseUrl"] = discordApi.ToString(),
        ["ChatBot__Discord__Gateway__Enabled"] = "false",

        ["ChatBot__Slack__Enabled"] = "true",
        ["ChatBot__Slack__Mode"] = "Http",
        ["ChatBot__Slack__SigningSecret"] = slackSecret,
        ["ChatBot__Slack__BotToken"] = SlackBotToken,
        ["ChatBot__Slack__ApiBaseUrl"] = slackApi.ToString(),

        // No model: answers come from the corpus alone, and nothing leaves 127.0.0.1.
        ["ChatBot__Llm__ModelId"] = "",

        ["Logging__LogLevel__Default"] = logLevel,
        ["Logging__LogLevel__ChatBot.Host.Hosting.CorpusReloader"] = "Information",
    };
}
