namespace ChatBot.Core.Commands;

/// <summary>
/// A form to open instead of a message (Discord modal, Slack view). Its submission comes back as a
/// <see cref="ComponentRequest"/> with <see cref="Id"/> as the action id and the fields in its values.
/// </summary>
public sealed record ReplyForm(string Id, string Title, IReadOnlyList<FormField> Fields);
