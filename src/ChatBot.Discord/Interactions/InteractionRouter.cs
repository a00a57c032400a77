using ChatBot.Core.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Routes a verified interaction by type; null means the interaction is not one we can answer (400). Outside the
/// allowed channels every command and button gets the polite refusal (autocomplete: no suggestions).
/// </summary>
internal sealed class InteractionRouter(CommandInteractionHandler commands, ComponentInteractionHandler components, AutocompleteInteractionHandler autocomplete, IOptions<DiscordOptions> options)
{
    private readonly ChannelAllowList allowList = new(options.Value.AllowedChannelIds);

    public async Task<InteractionResponse?> RouteAsync(Interaction interaction, InteractionTiming timing, CancellationToken cancellationToken = default)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionResponse.Pong;
        }

        if (string.IsNullOrEmpty(interaction.Token) || interaction.Data is null || interaction.Invoker?.Id is null)
        {
            return null;
        }

        if (!allowList.IsAllowed(interaction.EffectiveChannelId ?? "", isDirectMessage: interaction.GuildId is null))
        {
            return interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = [] })
                : Responses.Message(ChannelAllowList.Refusal);
        }

        return interaction.Type switch
        {
            InteractionType.ApplicationCommand when interaction.Data.Name is { Length: > 0 } => await commands.HandleAsync(interaction, timing),
            InteractionType.MessageComponent or InteractionType.ModalSubmit when interaction.Data.CustomId is { Length: > 0 } => await components.HandleAsync(interaction, timing),
            InteractionType.ApplicationCommandAutocomplete when interaction.Data.Name is { Length: > 0 } => await autocomplete.HandleAsync(interaction, cancellationToken),
            _ => null,
        };
    }
}
