namespace ChatBot.Slack.BlockKit;

public sealed record PlainTextInputElement(string ActionId, bool Multiline = false, int? MaxLength = null, string? InitialValue = null, TextObject? Placeholder = null)
{
    public string Type => "plain_text_input";
}
