using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace ChatBot.SemanticKernel;

/// <summary>
/// The one OpenAI client behind chat and embeddings: the configured endpoint, over the resilient HttpClient. The
/// SDK's own retries are off so that retries happen in one place (the HttpClient's resilience handler).
/// </summary>
internal static class OpenAIClients
{
    /// <summary>Local servers ignore the key, but the client wants one.</summary>
    private const string NoKey = "not-needed";

    public static OpenAIClient Create(LlmOptions options, HttpClient http) =>
        new(
            new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = string.IsNullOrWhiteSpace(options.Endpoint) ? null : new Uri(options.Endpoint),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
}
