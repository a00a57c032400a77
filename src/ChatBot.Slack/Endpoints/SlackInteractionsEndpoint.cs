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

    public static IResult Handle(HttpContext context, [FromServices] InteractionHandler handler, [FromServices] ILogger<InteractionHandler> logger)
    {
        var form = SlackForm.Parse(context.Features.GetRequiredFeature<SlackRequestBody>().Bytes);
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

        handler.Accept(payload);
        return Results.Ok();
    }
}
