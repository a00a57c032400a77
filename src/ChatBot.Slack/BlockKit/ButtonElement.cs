namespace ChatBot.Slack.BlockKit;

/// <summary>Button: text ≤ 75, action_id ≤ 255, value ≤ 2000, url ≤ 3000; style "primary" or "danger".</summary>
public sealed record ButtonElement(TextObject Text, string ActionId, string? Value = null, string? Url = null, string? Style = null)
{
    public string Type => "button";
}
