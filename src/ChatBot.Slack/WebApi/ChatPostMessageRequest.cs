using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

/// <summary>chat.postMessage; link unfurling is off so a quoted URL never pulls in a preview of another page.</summary>
public sealed record ChatPostMessageRequest(string Channel, string Text, IReadOnlyList<SlackBlock> Blocks, string? ThreadTs = null, bool UnfurlLinks = false, bool UnfurlMedia = false);
