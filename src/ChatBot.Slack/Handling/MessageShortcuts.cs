using ChatBot.Core.Commands;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Payloads;


namespace ChatBot.Slack.Handling;

/// <summary>
/// Message shortcuts (payload type message_action, "More actions → Check with sources" on a message): the callback ids
/// the app manifest declares and the platform-neutral command each becomes, with the message's text as the <c>text</c>
/// option. The reply goes to the shortcut's response_url, privately unless the reply says otherwise.
/// </summary>
public static class MessageShortcuts
{
    public const string PayloadType = "message_action";

    private static readonly Dictionary<string, string> ByCallbackId = new(StringComparer.Ordinal)
    {
        ["check_with_sources"] = CommandNames.Check,
    };

    /// <summary>The neutral command a shortcut with this callback id becomes; null for one the adapter does not know.</summary>
    public static string? CommandFor(string callbackId) => ByCallbackId.GetValueOrDefault(callbackId);

    /// <returns>True when the shortcut will be answered.</returns>
    public static bool Accept(InteractionPayload payload, SlackWork work)
    {
        if (payload.CallbackId is not { Length: > 0 } callbackId || CommandFor(callbackId) is not { } command
            || payload.User?.Id is not { Length: > 0 } userId || payload.Channel?.Id is not { Length: > 0 } channelId)
        {
            return false;
        }

        var target = new ReplyTarget(channelId, userId, payload.ResponseUrl, payload.TriggerId);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = payload.Message?.Text ?? "" };
        if (payload.Message?.Ts is { } ts)
        {
            values["message"] = ts;
        }

        var request = new CommandRequest(ChatPlatform.Slack, new ChatUser(userId, payload.User.Username), channelId, command, values, payload.Team?.Id)
        {
            IsDirectMessage = SlackOptions.IsDirectMessage(channelId),
        };
        work.Answer(work.Dispatch(request), target);
        return true;
    }
}
