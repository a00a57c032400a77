using ChatBot.Core.Commands;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>A slash command → <see cref="CommandRequest"/> → dispatcher → inline answer, modal, or deferral and edit.</summary>
internal sealed class CommandInteractionHandler(ICommandDispatcher dispatcher, DiscordCommandCatalog catalog, InteractionScheduler scheduler, ReplyDelivery delivery)
{
    public async Task<InteractionResponse> HandleAsync(Interaction interaction, InteractionTiming timing)
    {
        var request = InteractionMapper.ToCommandRequest(interaction);
        if (TooLong(request) is { } problem)
        {
            return Responses.Message(ReplyRenderer.Notice(problem));
        }

        var deferEphemeral = !request.Flag("public") && !catalog.IsPublicByDefault(request.Command, request.Subcommand);
        var plan = new InteractionPlan(
            $"/{request.Command}",
            cancellationToken => dispatcher.DispatchAsync(request, cancellationToken),
            ExpectsSlowReply(request),
            reply => Responses.ModalOrMessage(reply, modalAllowed: true),
            Responses.DeferMessage(deferEphemeral),
            (reply, cancellationToken) => delivery.EditOriginalAsync(interaction, Responses.Later(reply), cancellationToken));
        return await scheduler.RunAsync(plan, timing);
    }

    private string? TooLong(CommandRequest request)
    {
        foreach (var (name, value) in request.Options)
        {
            var max = catalog.MaxLengthOf(request.Command, request.Subcommand, name);
            if (value.Length > max)
            {
                return $"The {DiscordText.Plain(name, 32)} option is too long: at most {max} characters, please.";
            }
        }

        return null;
    }

    private bool ExpectsSlowReply(CommandRequest request)
    {
        try
        {
            return dispatcher.ExpectsSlowReply(request);
        }
        catch (Exception)
        {
            return true;
        }
    }
}
