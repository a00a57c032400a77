using System.Globalization;

using ChatBot.Slack.Handling;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Security;

/// <summary>
/// Runs before every Slack endpoint: checks the signature headers (answering 401 before a byte of the body is read),
/// then reads the raw body (refusing anything over <see cref="MaxBodyBytes"/>) and checks the v0 signature over it
/// before a single byte is parsed.
/// </summary>
public sealed class SlackSignatureFilter(SlackSignatureVerifier verifier, TimeProvider time, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public const int MaxBodyBytes = 64 * 1024;
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var receivedAt = time.GetTimestamp();
        var http = context.HttpContext;
        var path = http.Request.Path.Value ?? "";
        string? timestamp = http.Request.Headers[TimestampHeader];
        string? signature = http.Request.Headers[SignatureHeader];
        var headers = verifier.CheckHeaders(timestamp, signature);
        if (headers != SignatureCheck.Valid)
        {
            SlackLog.RequestRejected(logger, path, headers.ToString());
            return Results.Unauthorized();
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            SlackLog.RequestRejected(logger, path, "body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Check(timestamp, signature, body);
        if (check != SignatureCheck.Valid)
        {
            SlackLog.RequestRejected(logger, path, check.ToString());
            return Results.Unauthorized();
        }

        // Valid means the timestamp parsed as Unix seconds.
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp!, NumberStyles.None, CultureInfo.InvariantCulture));
        http.Features.Set(new SlackRequestBody(body, signedAt, signature!, receivedAt));
        return await next(context).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
