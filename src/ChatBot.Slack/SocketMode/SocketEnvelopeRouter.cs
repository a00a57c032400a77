using System.Text.Json;

using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Security;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Slack.SocketMode;

/// <summary>
/// Sends a Socket Mode envelope's payload to the same handler its HTTP twin uses and returns the acknowledgement:
/// events and interactions are acknowledged empty, slash commands with their immediate reply when accepted. A redelivered
/// command or interaction (same trigger_id) is acknowledged and not handled again.
/// </summary>
internal sealed class SocketEnvelopeRouter(IServiceScopeFactory scopes, SlackReplayGuard replays)
{
    public async Task<SocketAck> RouteAsync(SocketEnvelope envelope, string envelopeId, CancellationToken cancellationToken = default)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return new SocketAck(envelopeId);
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var receivedAt = services.GetRequiredService<TimeProvider>().GetTimestamp();
        switch (envelope.Type)
        {
            case "events_api" when payload.Deserialize(SlackJsonContext.Default.EventEnvelope) is { } events:
                var retry = envelope.RetryAttempt is > 0 ? envelope.RetryAttempt.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                await services.GetRequiredService<EventCallbackHandler>().AcceptAsync(events, retry, cancellationToken).ConfigureAwait(false);
                break;
            case "interactive" when payload.Deserialize(SlackJsonContext.Default.InteractionPayload) is { } interaction:
                if (await replays.TryAcceptAsync(interaction.TriggerId, null, cancellationToken).ConfigureAwait(false))
                {
                    services.GetRequiredService<InteractionHandler>().Accept(interaction);
                }

                break;
            case "slash_commands" when payload.Deserialize(SlackJsonContext.Default.SlashCommandPayload) is { IsComplete: true } command:
                if (!await replays.TryAcceptAsync(command.TriggerId, null, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                var reply = await services.GetRequiredService<SlashCommandHandler>().HandleAsync(command, receivedAt, cancellationToken).ConfigureAwait(false);
                return new SocketAck(envelopeId, envelope.AcceptsResponsePayload ? reply : null);
        }

        return new SocketAck(envelopeId);
    }
}
