using System.Text.Json;

using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Security;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Endpoints;

/// <summary>POST /slack/events: url_verification and event_callback (app_mention, message.im); 200 at once.</summary>
internal static class SlackEventsEndpoint
{
    public const string Path = "/events";

    public static async Task<IResult> HandleAsync(HttpContext context, [FromServices] EventCallbackHandler handler, [FromServices] ILogger<EventCallbackHandler> logger, CancellationToken cancellationToken)
    {
        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(context.Features.GetRequiredFeature<SlackRequestBody>().Bytes, SlackJsonContext.Default.EventEnvelope);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null || (envelope.Type == "url_verification" && string.IsNullOrEmpty(envelope.Challenge)))
        {
            SlackLog.MalformedRequest(logger, context.Request.Path, "not an Events API envelope");
            context.Response.Headers["X-Slack-No-Retry"] = "1";
            return Results.BadRequest();
        }

        if (envelope.Type == "url_verification")
        {
            return Results.Json(new UrlVerificationResponse(envelope.Challenge!), SlackJsonContext.Default.UrlVerificationResponse);
        }

        await handler.AcceptAsync(envelope, context.Request.Headers["X-Slack-Retry-Num"], cancellationToken).ConfigureAwait(false);
        return Results.Ok();
    }
}
