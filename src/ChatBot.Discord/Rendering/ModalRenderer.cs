using ChatBot.Core.Commands;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rendering;

/// <summary>A <see cref="ReplyForm"/> → a modal: one text input per action row, at most five.</summary>
internal static class ModalRenderer
{
    public static bool CanRender(ReplyForm form) =>
        form.Id.Length is > 0 and <= DiscordLimits.CustomId && form.Fields.Count > 0;

    public static InteractionCallbackData Render(ReplyForm form) => new()
    {
        CustomId = form.Id,
        Title = DiscordOrDefault(DiscordText.Plain(form.Title, DiscordLimits.ModalTitle), "Form"),
        Components = [.. form.Fields.Where(f => f.Id.Length is > 0 and <= DiscordLimits.CustomId).Take(DiscordLimits.ModalInputs).Select(Row)],
    };

    private static Component Row(FormField field) => new(Component.ActionRow)
    {
        Components =
        [
            new Component(Component.TextInput)
            {
                CustomId = field.Id,
                Style = field.Multiline ? 2 : 1,
                Label = DiscordOrDefault(DiscordText.Plain(field.Label, DiscordLimits.TextInputLabel), field.Id[..Math.Min(field.Id.Length, DiscordLimits.TextInputLabel)]),
                Required = field.Required,
                MaxLength = Math.Clamp(field.MaxLength, 1, DiscordLimits.TextInputValue),
                Value = string.IsNullOrEmpty(field.Value) ? null : Truncate(field.Value, Math.Clamp(field.MaxLength, 1, DiscordLimits.TextInputValue)),
                Placeholder = string.IsNullOrWhiteSpace(field.Placeholder) ? null : DiscordText.Plain(field.Placeholder, DiscordLimits.TextInputPlaceholder),
            },
        ],
    };

    // A pre-filled value is the user's own text being edited: cut it, never decorate it.
    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private static string DiscordOrDefault(string text, string fallback) => text.Length == 0 ? fallback : text;
}
