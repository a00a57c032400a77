namespace ChatBot.SemanticKernel;

/// <summary>
/// Section <c>ChatBot:Llm</c>: an OpenAI-compatible endpoint (OpenAI, Azure OpenAI's /openai/v1, or a local server
/// such as Ollama, LM Studio or vLLM at its /v1 URL). Nothing LLM-related is registered without <see cref="ModelId"/>.
/// The key comes from the environment (<c>ChatBot__Llm__ApiKey</c>) or user secrets, never from a file.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "ChatBot:Llm";

    /// <summary>The model, or the deployment name on Azure OpenAI.</summary>
    public string ModelId { get; set; } = "";

    /// <summary>The base URL ending in /v1; empty means api.openai.com.</summary>
    public string? Endpoint { get; set; }

    /// <summary>May be empty for local servers, which ignore it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>After this the extractive answer is sent instead; covers retrieval, retries and generation.</summary>
    public double TimeoutSeconds { get; set; } = 20;

    public int MaxPassages { get; set; } = 6;

    public double Temperature { get; set; }

    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>Retries of 429, 408 and 5xx responses and network errors, honouring Retry-After.</summary>
    public int MaxRetries { get; set; } = 2;

    public LlmEmbeddingOptions Embeddings { get; set; } = new();
}
