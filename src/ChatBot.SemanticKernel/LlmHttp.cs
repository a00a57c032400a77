using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ChatBot.SemanticKernel;

/// <summary>
/// The HttpClient the OpenAI connector talks through. Retries 429, 408, 5xx and network errors with exponential
/// backoff, waiting what Retry-After asks, but not when Retry-After asks for longer than the answer's whole time
/// limit: then the extractive answer is sent at once instead of after a wait that could not succeed. Each request,
/// retries included, is bounded by twice that limit, so background embedding calls cannot hang either.
/// </summary>
internal static class LlmHttp
{
    public const string ClientName = "ChatBot.Llm";

    public static IServiceCollection AddLlmHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("chatbot-llm", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                var limit = TimeSpan.FromSeconds(options.TimeoutSeconds);
                pipeline.AddTimeout(limit * 2);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(Retry(options.MaxRetries, limit));
                }
            });
        return services;
    }

    internal static HttpRetryStrategyOptions Retry(int attempts, TimeSpan longestWait) => new()
    {
        MaxRetryAttempts = attempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(250),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome) && RetryAfter(args.Outcome.Result) <= longestWait),
    };

    private static TimeSpan RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        RetryConditionHeaderValue { Delta: { } delta } => delta,
        RetryConditionHeaderValue { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => TimeSpan.Zero,
    };
}
