namespace ChatBot.Slack.BlockKit;

/// <summary>Text (at most 3000 characters) or up to 10 fields of at most 2000 characters each.</summary>
public sealed record SectionBlock(TextObject? Text = null, IReadOnlyList<TextObject>? Fields = null) : SlackBlock;
