namespace ChatBot.Discord.Rest;

/// <summary>Per-request facts the retry and rate-limit handlers read.</summary>
internal static class DiscordRequestOptions
{
    /// <summary>The route with secrets replaced, for logs and rate-limit buckets.</summary>
    public static readonly HttpRequestOptionsKey<DiscordRoute> Route = new("discord.route");

    /// <summary>True when repeating the request cannot create a duplicate (idempotent method, or a nonce Discord enforces).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("discord.retry-safe");

    /// <summary>True for bot-authenticated calls, which count toward the bot's global rate limit.</summary>
    public static readonly HttpRequestOptionsKey<bool> BotAuthenticated = new("discord.bot");
}
