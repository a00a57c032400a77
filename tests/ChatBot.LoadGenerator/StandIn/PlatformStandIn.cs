using System.Collections.Concurrent;

using ChatBot.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.LoadGenerator.StandIn;

/// <summary>
/// Kestrel on 127.0.0.1 standing in for Discord's REST API (/discord/api/v10/…) and slack.com (/slack/api/{method},
/// /slack/hooks/{id}), so deferred answers have a real place to go. Records each follow-up by interaction token or
/// response_url id.
/// </summary>
internal sealed class PlatformStandIn : LoopbackServer
{
    public const string BotUserId = "UBOT";
    private readonly ConcurrentDictionary<string, string> followUps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> threadAnswers = new(StringComparer.Ordinal);
    private int otherCalls;

    public Uri BaseUrl => BaseAddress;

    public Uri DiscordApiBaseUrl => new(BaseUrl, "discord/api/v10");

    public Uri SlackApiBaseUrl => new(BaseUrl, "slack/api/");

    /// <summary>Calls that were neither a Discord edit of @original nor a Slack response_url post (auth.test, …).</summary>
    public int OtherCalls => Volatile.Read(ref otherCalls);

    public int FollowUpCount => followUps.Count;

    public static async Task<PlatformStandIn> StartAsync(CancellationToken cancellationToken = default)
    {
        var standIn = new PlatformStandIn();
        await standIn.ListenAsync(cancellationToken);
        return standIn;
    }

    public string SlackResponseUrl(string id) => new Uri(BaseUrl, "slack/hooks/" + id).ToString();

    public static string DiscordKey(string interactionToken) => "discord:" + interactionToken;

    public static string SlackKey(string responseUrlId) => "slack:" + responseUrlId;

    public bool TryGetFollowUp(string key, out string body) => followUps.TryGetValue(key, out body!);

    /// <summary>The key the first chat.postMessage into the thread of <paramref name="ts"/> is kept under (an @mention's answer).</summary>
    public static string SlackThreadKey(string ts) => "slack-thread:" + ts;

    /// <summary>How many chat.postMessage calls went into the thread of <paramref name="ts"/>: one per answered @mention, more is a duplicate.</summary>
    public int AnswersInThread(string ts) => threadAnswers.GetValueOrDefault(ts);

    protected override void Map(WebApplication application) => application.Run(HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        context.Response.ContentType = "application/json";
        if (FollowUpKey(context.Request.Method, segments) is { } key)
        {
            followUps[key] = body;
            await context.Response.WriteAsync(key.StartsWith("slack:", StringComparison.Ordinal) ? "ok" : """{"id":"1"}""", context.RequestAborted);
            return;
        }

        if (segments is ["slack", "api", "chat.postMessage"] && ThreadOf(body) is { } thread)
        {
            threadAnswers.AddOrUpdate(thread, 1, (_, n) => n + 1);
            followUps.TryAdd(SlackThreadKey(thread), body);
        }

        Interlocked.Increment(ref otherCalls);
        var answer = segments is ["slack", "api", "auth.test"]
            ? $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT","team_id":"T1"}"""
            : segments is ["slack", ..] ? """{"ok":true,"channel":"C1","ts":"1700000000.000100"}""" : """{"id":"1"}""";
        await context.Response.WriteAsync(answer, context.RequestAborted);
    }

    private static string? ThreadOf(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("thread_ts", out var ts) ? ts.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    // PATCH /discord/api/v10/webhooks/{application}/{token}/messages/@original and POST /slack/hooks/{id}.
    private static string? FollowUpKey(string method, string[] segments) => segments switch
    {
        ["discord", "api", "v10", "webhooks", _, var token, "messages", "@original"] when method == HttpMethods.Patch => DiscordKey(token),
        ["slack", "hooks", var id] when method == HttpMethods.Post => SlackKey(id),
        _ => null,
    };
}
