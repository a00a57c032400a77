using System.Net;

using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Waits before a request whose bucket Discord reported as exhausted (X-RateLimit-Remaining 0 until
/// X-RateLimit-Reset-After), honours global 429s for every route, and keeps bot calls under the 50/s global limit.
/// Runs inside the retry handler, so every attempt passes through it.
/// </summary>
internal sealed partial class DiscordRateLimitHandler(RateLimitState state, TimeProvider time, ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(DiscordRequestOptions.Route, out var route);
        var routeKey = route?.BucketKey ?? request.RequestUri?.AbsolutePath ?? "";
        await WaitAsync(BucketKey(routeKey, route), route, cancellationToken);
        if (request.Options.TryGetValue(DiscordRequestOptions.BotAuthenticated, out var bot) && bot)
        {
            using var lease = await state.GlobalLimit.AcquireAsync(1, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        await RecordAsync(response, routeKey, route, cancellationToken);
        return response;
    }

    private string BucketKey(string routeKey, DiscordRoute? route) =>
        state.BucketOfRoute.TryGetValue(routeKey, out var bucket) ? $"{bucket}:{route?.MajorParameter}" : routeKey;

    private async Task WaitAsync(string bucketKey, DiscordRoute? route, CancellationToken cancellationToken)
    {
        var until = state.GlobalUntil;
        if (state.ExhaustedUntil.TryGetValue(bucketKey, out var bucketUntil) && bucketUntil > until)
        {
            until = bucketUntil;
        }

        var wait = until - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            LogWaiting(route?.ToString() ?? "", wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task RecordAsync(HttpResponseMessage response, string routeKey, DiscordRoute? route, CancellationToken cancellationToken)
    {
        if (response.Headers.TryGetValues("X-RateLimit-Bucket", out var buckets) && buckets.FirstOrDefault() is { Length: > 0 } bucket)
        {
            state.BucketOfRoute[routeKey] = bucket;
        }

        var key = BucketKey(routeKey, route);
        var remaining = response.Headers.TryGetValues("X-RateLimit-Remaining", out var values) ? values.FirstOrDefault() : null;
        if (remaining == "0" && RetryAfter.Header(response, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            state.ExhaustedUntil[key] = time.GetUtcNow() + resetAfter;
        }
        else
        {
            state.ExhaustedUntil.TryRemove(key, out _);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // Buffer the body: the retry handler reads retry_after from it again.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags) && flags.FirstOrDefault() == "true";
            var wait = await RetryAfter.FromResponseAsync(response, cancellationToken) ?? TimeSpan.FromSeconds(1);
            if (global)
            {
                state.GlobalUntil = time.GetUtcNow() + wait;
            }

            LogRateLimited(route?.ToString() ?? "", global, wait.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waiting {WaitMs} ms for Discord rate-limit bucket of {Route}")]
    private partial void LogWaiting(string route, double waitMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (global: {Global}); retrying after {WaitMs} ms")]
    private partial void LogRateLimited(string route, bool global, double waitMs);
}
