using Microsoft.Extensions.Options;

namespace ChatBot.SemanticKernel;

/// <summary>Checks <see cref="LlmOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(LlmOptions o)
    {
        const string Key = LlmOptions.Section;
        if (string.IsNullOrWhiteSpace(o.ModelId))
        {
            yield return $"{Key}:ModelId is required: the model or Azure deployment name, such as gpt-4o-mini or llama3.1:8b.";
        }

        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(o.Endpoint) && (!Uri.TryCreate(o.Endpoint, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            yield return $"{Key}:Endpoint must be an absolute http or https URL such as http://localhost:11434/v1; got \"{o.Endpoint}\".";
        }

        if (string.IsNullOrWhiteSpace(o.ApiKey) && NeedsKey(endpoint, o.Endpoint))
        {
            yield return $"{Key}:ApiKey is required for {endpoint?.Host ?? "api.openai.com"}: set the environment variable ChatBot__Llm__ApiKey (only local servers may leave it empty).";
        }

        if (o.TimeoutSeconds is <= 0 or > 300)
        {
            yield return $"{Key}:TimeoutSeconds must be more than 0 and at most 300; got {o.TimeoutSeconds}.";
        }

        if (o.MaxPassages is < 1 or > 20)
        {
            yield return $"{Key}:MaxPassages must be between 1 and 20; got {o.MaxPassages}.";
        }

        if (o.Temperature is < 0 or > 2)
        {
            yield return $"{Key}:Temperature must be between 0 and 2; got {o.Temperature}.";
        }

        if (o.MaxOutputTokens is < 50 or > 4000)
        {
            yield return $"{Key}:MaxOutputTokens must be between 50 and 4000; got {o.MaxOutputTokens}.";
        }

        if (o.MaxRetries is < 0 or > 5)
        {
            yield return $"{Key}:MaxRetries must be between 0 and 5; got {o.MaxRetries}.";
        }

        if (o.Embeddings.Enabled && string.IsNullOrWhiteSpace(o.Embeddings.ModelId))
        {
            yield return $"{Key}:Embeddings:ModelId is required when {Key}:Embeddings:Enabled is true, such as text-embedding-3-small or nomic-embed-text.";
        }
    }

    /// <summary>Hosted services need a key; a server on this machine or the local network usually does not.</summary>
    private static bool NeedsKey(Uri? endpoint, string? configured) =>
        string.IsNullOrWhiteSpace(configured)
        || (endpoint is not null && (endpoint.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase) || endpoint.Host.EndsWith(".azure.com", StringComparison.OrdinalIgnoreCase)));
}
