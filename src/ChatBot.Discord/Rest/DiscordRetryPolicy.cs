using System.Net;

using Microsoft.Extensions.Http.Resilience;

using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Retries Discord REST calls: always on 429 (the request was not processed) after the time Discord asks for;
/// on 5xx, timeouts and connection failures only when repeating cannot post a second message.
/// </summary>
internal static class DiscordRetryPolicy
{
    public const int MaxRetryAttempts = 4;
    public static readonly TimeSpan MaxHonouredWait = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            DelayGenerator = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                ? await RetryAfter.FromResponseAsync(response, args.Context.CancellationToken)
                : null,
        });
        builder.AddTimeout(AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var safe = context.GetRequestMessage() is { } request && IsRetrySafe(request);
        if (outcome.Exception is not null)
        {
            return safe && outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result switch
        {
            { StatusCode: HttpStatusCode.TooManyRequests } response => (RetryAfter.FromHeaders(response) ?? TimeSpan.Zero) <= MaxHonouredWait,
            { StatusCode: >= HttpStatusCode.InternalServerError } => safe,
            _ => false,
        };
    }

    private static bool IsRetrySafe(HttpRequestMessage request) =>
        request.Method != HttpMethod.Post || (request.Options.TryGetValue(DiscordRequestOptions.RetrySafe, out var safe) && safe);
}
