using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>Builds interaction responses from replies.</summary>
internal static class Responses
{
    public const string FormTooLateText = "This needs a form, which Discord only opens right away. Please try again.";
    public const string FormFromFormText = "This needs another form, which can't be opened from a form. Please use the command again.";

    public static InteractionResponse Message(Reply reply) => Message(ReplyRenderer.Render(reply));

    public static InteractionResponse Message(RenderedMessage message) =>
        new(InteractionCallbackType.ChannelMessageWithSource, message.ToCallbackData());

    public static InteractionResponse Update(Reply reply) =>
        new(InteractionCallbackType.UpdateMessage, ReplyRenderer.Render(reply).ToCallbackData() with { Flags = null });

    /// <summary>A modal when the reply asks for one and it can be shown, else the reply as a message.</summary>
    public static InteractionResponse ModalOrMessage(Reply reply, bool modalAllowed)
    {
        if (reply.Form is not { } form)
        {
            return Message(reply);
        }

        return modalAllowed && ModalRenderer.CanRender(form)
            ? new InteractionResponse(InteractionCallbackType.Modal, ModalRenderer.Render(form))
            : Message(ReplyRenderer.Notice(modalAllowed ? ReplyRunner.FailureText : FormFromFormText));
    }

    public static InteractionResponse DeferMessage(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, new InteractionCallbackData { Flags = ephemeral ? MessageFlags.Ephemeral : null });

    public static InteractionResponse DeferUpdate { get; } = new(InteractionCallbackType.DeferredUpdateMessage);

    /// <summary>What a deferred message becomes: the reply, or a notice when the reply wanted a modal.</summary>
    public static RenderedMessage Later(Reply reply) =>
        reply.Form is null ? ReplyRenderer.Render(reply) : ReplyRenderer.Notice(FormTooLateText);
}
