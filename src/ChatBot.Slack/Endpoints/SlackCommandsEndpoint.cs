using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Security;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Endpoints;

/// <summary>POST /slack/commands: signed form posts of /ask, /timeline, /sources, /abduction-help and /abduction.</summary>
internal static class SlackCommandsEndpoint
{
    public const string Path = "/commands";

    public static async Task<IResult> HandleAsync(HttpContext context, [FromServices] SlashCommandHandler handler, [FromServices] SlackReplayGuard replays, [FromServices] ILogger<SlashCommandHandler> logger, CancellationToken cancellationToken)
    {
        var signed = context.Features.GetRequiredFeature<SlackRequestBody>();
        var form = SlackForm.Parse(signed.Bytes);
        if (form is null)
        {
            SlackLog.MalformedRequest(logger, context.Request.Path, "not a form body");
            return Results.BadRequest();
        }

        if (SlackForm.Single(form, "ssl_check") == "1")
        {
            return Results.Ok();
        }

        var payload = SlashCommandPayload.FromForm(form);
        if (!payload.IsComplete)
        {
            SlackLog.MalformedRequest(logger, context.Request.Path, "command, user_id or channel_id missing");
            return Results.BadRequest();
        }

        if (!await replays.TryAcceptAsync(payload.TriggerId, signed, cancellationToken).ConfigureAwait(false))
        {
            SlackLog.ReplayRefused(logger, context.Request.Path);
            return Results.Unauthorized();
        }

        var acknowledgement = await handler.HandleAsync(payload, signed.ReceivedAt, cancellationToken).ConfigureAwait(false);
        return acknowledgement is null ? Results.Ok() : Results.Json(acknowledgement, SlackJsonContext.Default.ResponseUrlMessage);
    }
}
