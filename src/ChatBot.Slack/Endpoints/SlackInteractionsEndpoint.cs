using System.Text.Json;

using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Security;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Endpoints;

/// <summary>POST /slack/interactions: block_actions and view_submission in the form field "payload"; 200 at once.</summary>
internal static class SlackInteractionsEndpoint
{
    public const string Path = "/interactions";

    public static async Task<IResult> HandleAsync(HttpContext context, [FromServices] InteractionHandler handler, [FromServices] SlackReplayGuard replays, [FromServices] ILogger<InteractionHandler> logger, CancellationToken cancellationToken)
    {
        var signed = context.Features.GetRequiredFeature<SlackRequestBody>();
        var form = SlackForm.Parse(signed.Bytes);
        var json = form is null ? null : SlackForm.Single(form, "payload");
        InteractionPayload? payload = null;
        try
        {
            payload = json is null ? null : JsonSerializer.Deserialize(json, SlackJsonContext.Default.InteractionPayload);
        }
        catch (JsonException)
        {
        }

        if (payload is null)
        {
            SlackLog.MalformedRequest(logger, context.Request.Path, "no interaction payload");
            return Results.BadRequest();
        }

        if (!await replays.TryAcceptAsync(payload.TriggerId, signed, cancellationToken).ConfigureAwait(false))
        {
            SlackLog.ReplayRefused(logger, context.Request.Path);
            return Results.Unauthorized();
        }

        handler.Accept(payload);
        return Results.Ok();
    }
}
