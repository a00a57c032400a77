using System.Net;
using System.Text.Json;

namespace ChatBot.LoadGenerator.Measuring;

/// <summary>
/// What counts as a good first response. Discord: 200 and an interaction response of type 4 (with content or
/// embeds) or 5 (deferred). Slack: 200 with an empty body or a message with text or blocks. Anything else fails,
/// and so does a "safe" apology: the adapters turn internal errors and refusals into 200s with these texts.
/// </summary>
internal static class ResponseCheck
{
    public const string SlackDeferralText = "Looking that up…";

    private static readonly string[] Apologies =
    [
        "something went wrong",
        "is restarting and could not finish",
        "faster than I can answer",
        "asking a lot of questions right now",
        "Lots of people are asking questions",
        "very busy right now",
    ];

    /// <summary>Null when the response is good; otherwise why not. <paramref name="deferred"/>: the answer comes later.</summary>
    public static string? Check(Platform platform, HttpStatusCode status, string? contentType, string body, out bool deferred)
    {
        deferred = false;
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}";
        }

        if (platform == Platform.Slack && body.Length == 0)
        {
            return null;
        }

        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return $"content type {contentType ?? "(none)"}";
        }

        if (Apology(body) is { } apology)
        {
            return $"apology: {apology}";
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return platform == Platform.Discord ? CheckDiscord(json.RootElement, out deferred) : CheckSlack(json.RootElement, out deferred);
        }
        catch (JsonException)
        {
            return "body is not JSON";
        }
    }

    /// <summary>Checks a deferred answer that arrived at the stand-in.</summary>
    public static string? CheckFollowUp(string body) =>
        Apology(body) is { } apology ? $"follow-up apology: {apology}"
        : body.Contains("\"content\"", StringComparison.Ordinal) || body.Contains("\"blocks\"", StringComparison.Ordinal) || body.Contains("\"embeds\"", StringComparison.Ordinal) ? null
        : "follow-up has no message";

    private static string? CheckDiscord(JsonElement root, out bool deferred)
    {
        deferred = false;
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : -1;
        if (type == 5)
        {
            deferred = true;
            return null;
        }

        if (type != 4)
        {
            return $"Discord response type {type}";
        }

        return root.TryGetProperty("data", out var data) && (NonEmpty(data, "content") || NonEmpty(data, "embeds")) ? null : "Discord type 4 without content or embeds";
    }

    private static string? CheckSlack(JsonElement root, out bool deferred)
    {
        deferred = root.TryGetProperty("text", out var text) && text.GetString() == SlackDeferralText;
        return NonEmpty(root, "blocks") || NonEmpty(root, "text") ? null : "Slack message without text or blocks";
    }

    private static bool NonEmpty(JsonElement parent, string name) => parent.TryGetProperty(name, out var value) && value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => false,
    };

    private static string? Apology(string body) => Apologies.FirstOrDefault(a => body.Contains(a, StringComparison.OrdinalIgnoreCase));
}
