using System.Text.Json;

using ChatBot.Core.Commands;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;


namespace ChatBot.Slack.Handling;

/// <summary>
/// A button press (block_actions) or modal submission (view_submission) becomes a <see cref="ComponentRequest"/>;
/// the reply is prepared in the background and replaces the message, follows it, or opens a modal. A message
/// shortcut goes to <see cref="MessageShortcuts"/>. The caller acknowledges with an empty 200 at once (which also
/// closes a submitted modal).
/// </summary>
public sealed class InteractionHandler(SlackWork work)
{
    /// <returns>True when the interaction will be answered.</returns>
    public bool Accept(InteractionPayload payload)
    {
        if (payload.Type == MessageShortcuts.PayloadType)
        {
            return MessageShortcuts.Accept(payload, work);
        }

        var (request, target) = payload.Type switch
        {
            "block_actions" => FromBlockActions(payload),
            "view_submission" => FromViewSubmission(payload),
            _ => default,
        };
        if (request is null || target is null)
        {
            return false;
        }

        work.Answer(work.Dispatch(request), target);
        return true;
    }

    private static (ComponentRequest?, ReplyTarget?) FromBlockActions(InteractionPayload payload)
    {
        var action = payload.Actions?.FirstOrDefault();
        var channelId = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (action?.ActionId is not { Length: > 0 } actionId || actionId.StartsWith(ButtonBlocks.LinkActionPrefix, StringComparison.Ordinal)
            || payload.User?.Id is not { Length: > 0 } userId || string.IsNullOrEmpty(channelId))
        {
            return default;
        }

        var values = action.Value is null ? null : new Dictionary<string, string> { ["value"] = action.Value };
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        ReplyVisibility? visibility = payload.Container?.IsEphemeral is { } ephemeral ? ephemeral ? ReplyVisibility.Ephemeral : ReplyVisibility.Public : null;
        var request = new ComponentRequest(ChatPlatform.Slack, new ChatUser(userId, payload.User.Username), channelId, actionId, payload.Team?.Id, messageTs, values, visibility)
        {
            IsDirectMessage = SlackOptions.IsDirectMessage(channelId),
        };
        var target = new ReplyTarget(channelId, userId, payload.ResponseUrl, payload.TriggerId, payload.Message?.ThreadTs ?? payload.Container?.ThreadTs);
        return (request, target);
    }

    private static (ComponentRequest?, ReplyTarget?) FromViewSubmission(InteractionPayload payload)
    {
        if (payload.View?.CallbackId is not { Length: > 0 } formId || payload.User?.Id is not { Length: > 0 } userId || Metadata(payload.View.PrivateMetadata) is not { } metadata)
        {
            return default;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (blockId, actions) in payload.View.State?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>())
        {
            foreach (var (actionId, value) in actions)
            {
                values[actionId.Length > 0 ? actionId : blockId] = value.Value ?? "";
            }
        }

        var request = new ComponentRequest(ChatPlatform.Slack, new ChatUser(userId, payload.User.Username), metadata.ChannelId, formId, payload.Team?.Id, Values: values)
        {
            IsDirectMessage = SlackOptions.IsDirectMessage(metadata.ChannelId),
        };
        return (request, new ReplyTarget(metadata.ChannelId, userId, metadata.ResponseUrl, payload.TriggerId, metadata.ThreadTs));
    }

    private static ModalMetadata? Metadata(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.ModalMetadata) is { ChannelId.Length: > 0 } metadata ? metadata : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
