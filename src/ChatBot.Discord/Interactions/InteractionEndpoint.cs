using System.Text.Json;

using ChatBot.Core.Commands;
using ChatBot.Discord.Security;
using ChatBot.Discord.Wire;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: authenticated first (signature, size and replay: 401/413 before anything acts on
/// it), then routed by type; an interaction we cannot answer is a 400. Whether it may run in its channel is Core's
/// admission decision (<see cref="RequestGate"/>), like the rate limits. Failures in the work become a safe ephemeral
/// message in <see cref="Core.Delivery.ReplyRunner"/>, the one catch-all.
/// </summary>
internal sealed partial class InteractionEndpoint(
    InteractionAuthenticator authenticator,
    CommandInteractionHandler commands,
    ComponentInteractionHandler components,
    AutocompleteInteractionHandler autocomplete,
    TimeProvider time,
    ILogger<InteractionEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        var cancellationToken = context.RequestAborted;
        var authentication = await authenticator.AuthenticateAsync(context.Request, cancellationToken);
        if (authentication.Interaction is not { } interaction)
        {
            if (authentication.IsReplay)
            {
                LogReplay();
            }
            else if (authentication.RejectStatus != StatusCodes.Status400BadRequest)
            {
                LogRejected(authentication.RejectStatus);
            }

            context.Response.StatusCode = authentication.RejectStatus;
            return;
        }

        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });

        LogInteraction(interaction.Type, interaction.Data?.Name);
        var response = await RouteAsync(interaction, new InteractionTiming(receivedAt, sent.Task), cancellationToken);
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, response, DiscordJsonContext.Default.InteractionResponse, cancellationToken);
    }

    /// <summary>Null means the interaction is not one we can answer (400).</summary>
    private async Task<InteractionResponse?> RouteAsync(Interaction interaction, InteractionTiming timing, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            return InteractionResponse.Pong;
        }

        if (string.IsNullOrEmpty(interaction.Token) || interaction.Data is null || interaction.Invoker?.Id is null)
        {
            return null;
        }

        return interaction.Type switch
        {
            InteractionType.ApplicationCommand when interaction.Data.Name is { Length: > 0 } => await commands.HandleAsync(interaction, timing),
            InteractionType.MessageComponent or InteractionType.ModalSubmit when interaction.Data.CustomId is { Length: > 0 } => await components.HandleAsync(interaction, timing),
            InteractionType.ApplicationCommandAutocomplete when interaction.Data.Name is { Length: > 0 } => await autocomplete.HandleAsync(interaction, cancellationToken),
            _ => null,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Discord interaction request with {Status} (bad or missing signature, or too large)")]
    private partial void LogRejected(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a replayed Discord interaction")]
    private partial void LogReplay();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord interaction {Type} {Command}")]
    private partial void LogInteraction(InteractionType type, string? command);
}
