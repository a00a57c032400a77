namespace ChatBot.Slack.BlockKit;

/// <summary>Large plain-text title (at most 150 characters).</summary>
public sealed record HeaderBlock(TextObject Text) : SlackBlock;
