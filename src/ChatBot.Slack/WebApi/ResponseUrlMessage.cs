using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

/// <summary>
/// A message for a response_url or the body of a slash-command acknowledgement. <see cref="ResponseType"/> is
/// "ephemeral" or "in_channel".
/// </summary>
public sealed record ResponseUrlMessage(string Text, IReadOnlyList<SlackBlock> Blocks, string? ResponseType = null, bool? ReplaceOriginal = null, string? ThreadTs = null);
