using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// A button press or modal submission → <see cref="ComponentRequest"/> → <see cref="ReplyRunner"/>. A reply with
/// <see cref="Reply.ReplaceOriginal"/> updates the message the button is on (type 7, or type 6 then an edit);
/// any other reply is a new message.
/// </summary>
internal sealed class ComponentInteractionHandler(ICommandDispatcher dispatcher, ReplyRunner runner, ReplyDelivery delivery, IOptions<DiscordOptions> options)
{
    public async Task<InteractionResponse> HandleAsync(Interaction interaction, InteractionTiming timing)
    {
        var request = InteractionMapper.ToComponentRequest(interaction);
        var onMessage = interaction.Message?.Id is not null;
        var modalAllowed = interaction.Type == InteractionType.MessageComponent;
        var job = new ReplyJob(ChatPlatform.Discord, $"component {ActionPrefix(request.ActionId)}", cancellationToken => dispatcher.DispatchComponentAsync(request, cancellationToken))
        {
            ReceivedAt = timing.ReceivedAt,
            Budget = options.Value.InlineReplyBudget,
        };
        var plan = new InteractionPlan(
            reply => reply.ReplaceOriginal && onMessage && reply.Form is null ? Responses.Update(reply) : Responses.ModalOrMessage(reply, modalAllowed),
            onMessage ? Responses.DeferUpdate : Responses.DeferMessage(ephemeral: true),
            (reply, cancellationToken) => DeliverAsync(interaction, reply, onMessage, cancellationToken),
            timing.ResponseSent);
        return await runner.RespondAsync(job, plan);
    }

    private Task DeliverAsync(Interaction interaction, Reply reply, bool onMessage, CancellationToken cancellationToken)
    {
        var message = Responses.Later(reply);

        // After type 6 "@original" is the message the button is on; a new message is a follow-up.
        return !onMessage || reply.ReplaceOriginal
            ? delivery.EditOriginalAsync(interaction, message, cancellationToken)
            : delivery.FollowUpAsync(interaction, message, cancellationToken);
    }

    // Action ids carry answer keys; only the prefix goes to logs.
    private static string ActionPrefix(string actionId) => actionId.Split(':', 2)[0];
}
