using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>Delivers a reply after a deferral through the interaction webhook.</summary>
internal sealed class ReplyDelivery(DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    public Task EditOriginalAsync(Interaction interaction, RenderedMessage message, CancellationToken cancellationToken = default) =>
        rest.EditOriginalResponseAsync(ApplicationId(interaction), interaction.Token!, message.ToPayload(withFlags: false), cancellationToken);

    public Task FollowUpAsync(Interaction interaction, RenderedMessage message, CancellationToken cancellationToken = default) =>
        rest.CreateFollowUpAsync(ApplicationId(interaction), interaction.Token!, message.ToPayload(withFlags: true), cancellationToken);

    private string ApplicationId(Interaction interaction) => interaction.ApplicationId ?? options.Value.ApplicationId!;
}
