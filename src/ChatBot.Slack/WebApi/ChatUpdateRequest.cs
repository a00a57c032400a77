using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

public sealed record ChatUpdateRequest(string Channel, string Ts, string Text, IReadOnlyList<SlackBlock> Blocks);
