using System.Text.Json;

using ChatBot.Discord.Security;
using ChatBot.Discord.Wire;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: signature first (401 before any parsing), then parse, then route. Failures in
/// the work become a safe ephemeral message in <see cref="Core.Delivery.ReplyRunner"/>, the one catch-all.
/// </summary>
internal sealed partial class InteractionEndpoint(SignedRequestReader reader, ReplayGuard replayGuard, InteractionRouter router, TimeProvider time, ILogger<InteractionEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        var cancellationToken = context.RequestAborted;
        var signed = await reader.ReadAsync(context.Request, cancellationToken);
        if (!signed.IsValid)
        {
            LogRejected(signed.RejectStatus);
            context.Response.StatusCode = signed.RejectStatus;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(signed.Body.Span, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null || (interaction.Type != InteractionType.Ping && string.IsNullOrEmpty(interaction.Id)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type != InteractionType.Ping && !await replayGuard.TryAcceptAsync(interaction.Id!, signed.SignedAt, cancellationToken))
        {
            LogReplay();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var response = await RouteAsync(context, interaction, receivedAt, cancellationToken);
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, response, DiscordJsonContext.Default.InteractionResponse, cancellationToken);
    }

    private async Task<InteractionResponse?> RouteAsync(HttpContext context, Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });

        LogInteraction(interaction.Type, interaction.Data?.Name);
        return await router.RouteAsync(interaction, new InteractionTiming(receivedAt, sent.Task), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Discord interaction request with {Status} (bad or missing signature, or too large)")]
    private partial void LogRejected(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a replayed Discord interaction")]
    private partial void LogReplay();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord interaction {Type} {Command}")]
    private partial void LogInteraction(InteractionType type, string? command);
}
