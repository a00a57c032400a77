using System.Text.Json;

using ChatBot.Core.Commands;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.Payloads;

namespace ChatBot.Slack.Rendering;

/// <summary>
/// A <see cref="ReplyForm"/> as a modal: callback_id carries the form id, each field is an input block whose
/// block_id and action_id are the field id, and private_metadata says where to answer the submission.
/// </summary>
internal static class ModalRenderer
{
    public static ModalView Render(ReplyForm form, ModalMetadata metadata)
    {
        var blocks = form.Fields.Take(SlackLimits.ModalBlocks).Select(Input).ToList<SlackBlock>();
        var json = JsonSerializer.Serialize(metadata, SlackJsonContext.Default.ModalMetadata);
        if (json.Length > SlackLimits.PrivateMetadata)
        {
            json = JsonSerializer.Serialize(metadata with { ResponseUrl = null }, SlackJsonContext.Default.ModalMetadata);
        }

        return new ModalView(
            TextObject.Plain(Plain(form.Title, SlackLimits.ModalTitle, "Form")),
            TextObject.Plain("Submit"),
            TextObject.Plain("Cancel"),
            blocks,
            form.Id,
            json);
    }

    private static InputBlock Input(FormField field)
    {
        var maxLength = Math.Clamp(field.MaxLength, 1, SlackLimits.InputMaxLength);
        var initial = string.IsNullOrEmpty(field.Value) ? null : TextFitter.Truncate(field.Value, maxLength);
        var placeholder = string.IsNullOrWhiteSpace(field.Placeholder) ? null : TextObject.Plain(Plain(field.Placeholder, SlackLimits.Placeholder, "…"));
        return new InputBlock(
            field.Id,
            TextObject.Plain(Plain(field.Label, SlackLimits.InputLabel, field.Id)),
            new PlainTextInputElement(field.Id, field.Multiline, maxLength, initial, placeholder),
            Optional: !field.Required);
    }

    private static string Plain(string text, int max, string fallback)
    {
        var plain = TextFitter.Truncate(Mrkdwn.Neutral(text).ReplaceLineEndings(" ").Trim(), max);
        return plain.Length > 0 ? plain : fallback;
    }
}
