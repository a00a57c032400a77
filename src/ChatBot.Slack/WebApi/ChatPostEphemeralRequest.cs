using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

public sealed record ChatPostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<SlackBlock> Blocks, string? ThreadTs = null);
