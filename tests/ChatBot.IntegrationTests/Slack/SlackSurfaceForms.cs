using System.Text.Json;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>A message shortcut's interaction payload and an app_home_opened event, in the shapes Slack documents.</summary>
public static class SlackSurfaceForms
{
    public static string MessageShortcut(string text, string responseUrl, string callbackId = "check_with_sources", string channel = "C1", string user = "U1", string? trigger = null) =>
        SlackForms.Form(new()
        {
            ["payload"] = JsonSerializer.Serialize(new
            {
                type = "message_action",
                token = "deprecated",
                action_ts = "1700000002.000100",
                callback_id = callbackId,
                trigger_id = trigger ?? SlackForms.NextTriggerId(),
                message_ts = "1700000000.000900",
                response_url = responseUrl,
                team = new { id = "T1", domain = "example" },
                channel = new { id = channel, name = "general" },
                user = new { id = user, username = "alice", team_id = "T1", name = "alice" },
                message = new { type = "message", user = "U9", ts = "1700000000.000900", text },
            }),
        });

    public static object HomeOpened(string user = "U1", string tab = "home") =>
        new { type = "app_home_opened", user, channel = "D1", tab, event_ts = "1700000003.000100" };
}
