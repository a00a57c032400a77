using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>A slash command → <see cref="CommandRequest"/> → <see cref="ReplyRunner"/> → inline answer, modal, or deferral and edit.</summary>
internal sealed class CommandInteractionHandler(ICommandDispatcher dispatcher, DiscordCommandCatalog catalog, ReplyRunner runner, ReplyDelivery delivery, IOptions<DiscordOptions> options)
{
    // The catalog as data: the options' declared lengths, read once.
    private readonly IReadOnlyDictionary<string, int> maxLengths = catalog.MaxLengths;

    public async Task<InteractionResponse> HandleAsync(Interaction interaction, InteractionTiming timing)
    {
        var request = InteractionMapper.ToCommandRequest(interaction);
        if (TooLong(request) is { } problem)
        {
            return Responses.Message(ReplyRenderer.Notice(problem));
        }

        var job = new ReplyJob(ChatPlatform.Discord, $"/{request.Command}", cancellationToken => dispatcher.DispatchAsync(request, cancellationToken))
        {
            ReceivedAt = timing.ReceivedAt,
            Budget = options.Value.InlineReplyBudget,
            Request = request,
        };
        var plan = new InteractionPlan(
            reply => Responses.ModalOrMessage(reply, modalAllowed: true),
            Responses.DeferMessage(CommandVisibility.Of(request) == ReplyVisibility.Ephemeral),
            (reply, cancellationToken) => delivery.EditOriginalAsync(interaction, Responses.Later(reply), cancellationToken),
            timing.ResponseSent);
        return await runner.RespondAsync(job, plan);
    }

    private string? TooLong(CommandRequest request)
    {
        foreach (var (name, value) in request.Options)
        {
            var max = maxLengths.GetValueOrDefault(DiscordCommandCatalog.OptionKey(request.Command, request.Subcommand, name), DiscordCommandCatalog.MaxStringOptionLength);
            if (value.Length > max)
            {
                return $"The {DiscordText.Plain(name, 32)} option is too long: at most {max} characters, please.";
            }
        }

        return null;
    }
}
