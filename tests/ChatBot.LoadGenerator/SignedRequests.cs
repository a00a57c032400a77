using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using ChatBot.LoadGenerator.StandIn;
using ChatBot.Testing;

namespace ChatBot.LoadGenerator;

/// <summary>
/// Signed requests in the shapes the platforms send: a Discord APPLICATION_COMMAND interaction for /ask (a new
/// interaction id and token every time, as the replay guard expects) and a Slack /ask slash-command form post.
/// </summary>
internal sealed class SignedRequests(TestSigningKey discord, SlackTestSigner slack, PlatformStandIn standIn)
{
    private const int Users = 24;
    private const int Channels = 6;
    private readonly string run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    private long counter;

    /// <summary>The request and the key its deferred answer would arrive under at the stand-in.</summary>
    public (HttpRequestMessage Request, string FollowUpKey) Discord(string question, int seat)
    {
        var id = NextSnowflake();
        var token = $"bG9hZGdlbg{run}{id}";
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = Server.ServerEnvironment.DiscordApplicationId,
            ["type"] = 2,
            ["data"] = new JsonObject
            {
                ["id"] = "700000000000000001",
                ["name"] = "ask",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
            },
            ["guild_id"] = "300000000000000001",
            ["channel_id"] = Snowflake(400, seat % Channels),
            ["channel"] = new JsonObject { ["id"] = Snowflake(400, seat % Channels), ["type"] = 0 },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Snowflake(600, seat % Users), ["username"] = $"reader{seat % Users}" },
                ["roles"] = new JsonArray(),
                ["permissions"] = "2048",
            },
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "442368",
            ["locale"] = "en-US",
        };
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var timestamp = Now();
        var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions") { Content = Json(body) };
        request.Headers.Add("X-Signature-Ed25519", discord.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return (request, PlatformStandIn.DiscordKey(token));
    }

    public (HttpRequestMessage Request, string FollowUpKey) Slack(string question, int seat)
    {
        var hook = $"H{run}{Interlocked.Increment(ref counter)}";
        var fields = new Dictionary<string, string>
        {
            ["token"] = "deprecated",
            ["team_id"] = "T1",
            ["team_domain"] = "example",
            ["channel_id"] = $"C{seat % Channels}",
            ["channel_name"] = "general",
            ["user_id"] = $"U{seat % Users}",
            ["user_name"] = $"reader{seat % Users}",
            ["command"] = "/ask",
            ["text"] = question,
            ["api_app_id"] = "A1",
            ["response_url"] = standIn.SlackResponseUrl(hook),
            ["trigger_id"] = $"{hook}.trigger",
        };
        var body = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        var timestamp = Now();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = content };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", slack.Sign(timestamp, body));
        return (request, PlatformStandIn.SlackKey(hook));
    }

    /// <summary>
    /// A Slack Events API @mention (its own event id and message ts), as a factory: each call signs a new request with
    /// the same body, one per replica it is delivered to. Its answer is posted in the thread of <c>Ts</c>.
    /// </summary>
    public (Func<HttpRequestMessage> Create, string Ts) SlackEvent(string question, int seat)
    {
        var n = Interlocked.Increment(ref counter);
        var ts = $"{run}.{n:D6}";
        var mention = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = $"U{seat % Users}",
            ["text"] = $"<@{StandIn.PlatformStandIn.BotUserId}> {question}",
            ["ts"] = ts,
            ["channel"] = $"C{seat % Channels}",
            ["event_ts"] = ts,
        };
        var delivery = new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = "T1",
            ["api_app_id"] = "A1",
            ["event"] = mention,
            ["type"] = "event_callback",
            ["event_id"] = $"Ev{run}{n}",
            ["event_time"] = long.Parse(run, CultureInfo.InvariantCulture),
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T1", ["user_id"] = StandIn.PlatformStandIn.BotUserId, ["is_bot"] = true }),
        };
        var body = Encoding.UTF8.GetBytes(delivery.ToJsonString());
        return (() =>
        {
            var timestamp = Now();
            var request = new HttpRequestMessage(HttpMethod.Post, "slack/events") { Content = Json(body) };
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", slack.Sign(timestamp, body));
            return request;
        }, ts);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private string NextSnowflake() => (210000000000000000 + Interlocked.Increment(ref counter)).ToString(CultureInfo.InvariantCulture);

    private static string Snowflake(int prefix, int n) => ((prefix * 1_000_000_000_000_000L) + 1 + n).ToString(CultureInfo.InvariantCulture);
}
