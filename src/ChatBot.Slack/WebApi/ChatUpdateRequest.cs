using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

/// <summary>chat.update: the message is named by its channel and ts; its text and blocks are replaced.</summary>
public sealed record ChatUpdateRequest(string Channel, string Ts, string Text, IReadOnlyList<SlackBlock> Blocks);
