using System.Text.Json;

using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Slack.SocketMode;

/// <summary>
/// Sends a Socket Mode envelope's payload to the same handler its HTTP twin uses and returns the acknowledgement:
/// events and interactions are acknowledged empty, slash commands with their immediate reply when accepted.
/// </summary>
internal sealed class SocketEnvelopeRouter(IServiceScopeFactory scopes)
{
    public async Task<SocketAck> RouteAsync(SocketEnvelope envelope, string envelopeId, CancellationToken cancellationToken = default)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return new SocketAck(envelopeId);
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (envelope.Type)
        {
            case "events_api" when payload.Deserialize(SlackJsonContext.Default.EventEnvelope) is { } events:
                var retry = envelope.RetryAttempt is > 0 ? envelope.RetryAttempt.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                await services.GetRequiredService<EventCallbackHandler>().AcceptAsync(events, retry, cancellationToken).ConfigureAwait(false);
                break;
            case "interactive" when payload.Deserialize(SlackJsonContext.Default.InteractionPayload) is { } interaction:
                services.GetRequiredService<InteractionHandler>().Accept(interaction);
                break;
            case "slash_commands" when payload.Deserialize(SlackJsonContext.Default.SlashCommandPayload) is { IsComplete: true } command:
                var reply = await services.GetRequiredService<SlashCommandHandler>().HandleAsync(command, cancellationToken).ConfigureAwait(false);
                return new SocketAck(envelopeId, envelope.AcceptsResponsePayload ? reply : null);
        }

        return new SocketAck(envelopeId);
    }
}
