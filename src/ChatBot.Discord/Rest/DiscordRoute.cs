namespace ChatBot.Discord.Rest;

/// <summary>
/// A REST call: the relative path sent, and a template for logs and rate-limit buckets in which secrets
/// (interaction tokens) are replaced, e.g. "PATCH /webhooks/{app}/{token}/messages/@original".
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Path, string Template, string MajorParameter)
{
    public string BucketKey => $"{Method} {Template} {MajorParameter}";

    public override string ToString() => $"{Method} {Template}";

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", "/webhooks/{app}/{token}/messages/@original", Webhook(applicationId, token));

    public static DiscordRoute CreateFollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}", "/webhooks/{app}/{token}", Webhook(applicationId, token));

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, $"channels/{channelId}/messages", "/channels/{channel}/messages", channelId);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", "/channels/{channel}/messages/{message}", channelId);

    public static DiscordRoute Commands(HttpMethod method, string applicationId, string? guildId) => guildId is null
        ? new(method, $"applications/{applicationId}/commands", "/applications/{app}/commands", applicationId)
        : new(method, $"applications/{applicationId}/guilds/{guildId}/commands", "/applications/{app}/guilds/{guild}/commands", guildId);

    public static DiscordRoute GatewayBot { get; } = new(HttpMethod.Get, "gateway/bot", "/gateway/bot", "");

    // The webhook id and token together are the major parameter; hash the token so it never sits in memory as a key.
    private static string Webhook(string applicationId, string token) => $"{applicationId}:{(uint)StringComparer.Ordinal.GetHashCode(token):x8}";
}
