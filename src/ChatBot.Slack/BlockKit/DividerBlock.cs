namespace ChatBot.Slack.BlockKit;

public sealed record DividerBlock : SlackBlock;
