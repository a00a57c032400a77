namespace ChatBot.Slack.BlockKit;

/// <summary>A modal for views.open: title/submit/close ≤ 24 characters, callback_id ≤ 255, private_metadata ≤ 3000.</summary>
public sealed record ModalView(TextObject Title, TextObject Submit, TextObject Close, IReadOnlyList<SlackBlock> Blocks, string CallbackId, string? PrivateMetadata = null)
{
    public string Type => "modal";
}
