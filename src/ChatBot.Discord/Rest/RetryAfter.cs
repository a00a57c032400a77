using System.Globalization;
using System.Text.Json;

namespace ChatBot.Discord.Rest;

/// <summary>How long Discord asked us to wait: the 429 body's retry_after, else X-RateLimit-Reset-After, else Retry-After.</summary>
internal static class RetryAfter
{
    public static async Task<TimeSpan?> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        try
        {
            // Bytes, not the stream: the body is buffered and read again by the retry handler.
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("retry_after", out var value)
                && value.TryGetDouble(out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy's page, say): fall back to the headers.
        }

        return FromHeaders(response);
    }

    public static TimeSpan? FromHeaders(HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            return resetAfter;
        }

        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return Header(response, "Retry-After");
    }

    public static TimeSpan? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
