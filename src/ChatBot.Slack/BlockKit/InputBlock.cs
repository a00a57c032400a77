namespace ChatBot.Slack.BlockKit;

/// <summary>A modal input; its value comes back in view.state.values[block_id][action_id].</summary>
public sealed record InputBlock(string BlockId, TextObject Label, PlainTextInputElement Element, bool Optional = false) : SlackBlock;
