using System.Text.Json;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Request bodies in the shapes Slack documents (slash-command form, Events API JSON, interaction payload). Each gets a
/// trigger_id of its own unless one is given, as Slack's do: the adapter refuses a second request with the same one.
/// </summary>
public static class SlackForms
{
    private static long triggers;

    public static string NextTriggerId() => $"t.{Interlocked.Increment(ref triggers)}";

    public static string Command(string command, string text, string responseUrl, string channel = "C1", string user = "U1", string? trigger = null) =>
        Form(new()
        {
            ["token"] = "deprecated",
            ["team_id"] = "T1",
            ["team_domain"] = "example",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = user,
            ["user_name"] = "alice",
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A1",
            ["response_url"] = responseUrl,
            ["trigger_id"] = trigger ?? NextTriggerId(),
        });

    public static string Event(string eventId, object inner) => JsonSerializer.Serialize(new
    {
        token = "deprecated",
        team_id = "T1",
        api_app_id = "A1",
        @event = inner,
        type = "event_callback",
        event_id = eventId,
        event_time = 1700000000,
        authorizations = new[] { new { team_id = "T1", user_id = FakeSlackServer.BotUserId, is_bot = true } },
    });

    public static object Mention(string text, string ts, string channel = "C1", string user = "U1", string? threadTs = null) =>
        new { type = "app_mention", user, text, ts, thread_ts = threadTs, channel, event_ts = ts };

    public static object DirectMessage(string text, string ts, string user = "U1", string? botId = null, string? subtype = null) =>
        new { type = "message", channel_type = "im", channel = "D1", user, text, ts, event_ts = ts, bot_id = botId, subtype };

    public static string BlockAction(string actionId, string responseUrl, string channel = "C1", string user = "U1", string? url = null, string? trigger = null) =>
        Form(new()
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "block_actions",
                trigger_id = trigger ?? NextTriggerId(),
                user = new { id = user, username = "alice", team_id = "T1" },
                team = new { id = "T1", domain = "example" },
                api_app_id = "A1",
                container = new { type = "message", message_ts = "1700000000.000200", channel_id = channel, is_ephemeral = true },
                channel = new { id = channel, name = "general" },
                response_url = responseUrl,
                actions = new[] { new { action_id = actionId, block_id = "b1", type = "button", action_ts = "1700000001.0", url, text = new { type = "plain_text", text = "Show quotes" } } },
            }),
        });

    public static string ViewSubmission(string callbackId, string privateMetadata, Dictionary<string, string> values, string user = "U1", string? trigger = null) =>
        Form(new()
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "view_submission",
                trigger_id = trigger ?? NextTriggerId(),
                user = new { id = user, username = "alice", team_id = "T1" },
                team = new { id = "T1", domain = "example" },
                view = new
                {
                    id = "V1",
                    type = "modal",
                    callback_id = callbackId,
                    private_metadata = privateMetadata,
                    state = new { values = values.ToDictionary(v => v.Key, v => new Dictionary<string, object> { [v.Key] = new { type = "plain_text_input", value = v.Value } }) },
                },
            }),
        });

    public static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
