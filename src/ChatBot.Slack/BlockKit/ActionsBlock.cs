namespace ChatBot.Slack.BlockKit;

/// <summary>A row of at most 25 buttons.</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : SlackBlock;
