namespace ChatBot.Slack.Payloads;

/// <summary>
/// The JSON in the <c>payload</c> form field of /slack/interactions: block_actions, view_submission, or a message
/// shortcut (message_action, with its <see cref="CallbackId"/> and the <see cref="Message"/> it was used on).
/// </summary>
public sealed record InteractionPayload
{
    public string? Type { get; init; }
    public string? TriggerId { get; init; }
    public string? CallbackId { get; init; }
    public string? ResponseUrl { get; init; }
    public InteractionUser? User { get; init; }
    public InteractionRef? Team { get; init; }
    public InteractionRef? Channel { get; init; }
    public InteractionContainer? Container { get; init; }
    public InteractionMessage? Message { get; init; }
    public IReadOnlyList<InteractionAction>? Actions { get; init; }
    public ViewPayload? View { get; init; }
}
