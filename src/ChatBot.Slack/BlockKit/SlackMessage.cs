namespace ChatBot.Slack.BlockKit;

/// <summary>A rendered message: <see cref="Text"/> is the notification fallback, <see cref="Blocks"/> what people see.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
